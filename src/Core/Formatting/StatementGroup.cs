namespace SchemaGen.Core.Formatting;

/// <summary>Consecutive statements that do the same kind of thing, and what to call them in a section comment.</summary>
internal sealed class StatementGroup
{
    public StatementGroup(StatementKind kind, string statement)
    {
        Kind = kind;
        Count = kind.Count;
        Statements.Add(statement);
    }

    public StatementKind Kind { get; }
    public int Count { get; set; }
    public List<string> Statements { get; } = new();

    public string Label => Count == 1 ? Kind.Singular : Kind.Plural;

    /// <summary>Groups consecutive statements of the same kind, keeping their order.</summary>
    public static List<StatementGroup> Split(IEnumerable<string> statements)
    {
        var groups = new List<StatementGroup>();
        foreach (var statement in statements)
        {
            var kind = StatementKind.Classify(statement);
            var last = groups.Count == 0 ? null : groups[groups.Count - 1];
            if (last is not null && last.Kind.Singular == kind.Singular)
            {
                last.Statements.Add(statement);
                last.Count += kind.Count;
            }
            else
            {
                groups.Add(new StatementGroup(kind, statement));
            }
        }
        return groups;
    }
}
