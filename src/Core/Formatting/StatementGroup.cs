namespace SchemaGen.Core.Formatting;

/// <summary>Consecutive statements that do the same kind of thing, and what to call them in a section comment.</summary>
internal sealed class StatementGroup
{
    public StatementGroup(StatementKind kind, string statement)
    {
        Kind = kind;
        Count = kind.Count;
        Statements.Add(statement);
        Columns.AddRange(kind.Columns);
    }

    public StatementKind Kind { get; }
    public int Count { get; set; }
    public List<string> Statements { get; } = new();

    /// <summary>The columns added so far by this group (see <see cref="StatementKind.Columns"/>).</summary>
    public List<string> Columns { get; } = new();

    public string Label => Count == 1 ? Kind.Singular : Kind.Plural;

    // Adding a NOT NULL column to a table with rows takes a temporary default that the next
    // statement drops: that ALTER COLUMN is part of adding the column, not a change of its own.
    private static bool FinishesAddedColumns(StatementGroup group, StatementKind kind) =>
        group.Kind.Singular == "Add new column"
        && kind.Singular == "Alter column"
        && kind.Columns.Count > 0
        && kind.Columns.All(group.Columns.Contains);

    /// <summary>Groups consecutive statements of the same kind, keeping their order.</summary>
    public static List<StatementGroup> Split(IEnumerable<string> statements)
    {
        var groups = new List<StatementGroup>();
        foreach (var statement in statements)
        {
            var kind = StatementKind.Classify(statement);
            var last = groups.Count == 0 ? null : groups[groups.Count - 1];
            if (last is not null && FinishesAddedColumns(last, kind))
            {
                last.Statements.Add(statement);
            }
            else if (last is not null && last.Kind.Singular == kind.Singular)
            {
                last.Statements.Add(statement);
                last.Count += kind.Count;
                last.Columns.AddRange(kind.Columns);
            }
            else
            {
                groups.Add(new StatementGroup(kind, statement));
            }
        }
        return groups;
    }
}
