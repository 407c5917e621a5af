namespace SchemaGen.Core.Planning;

/// <summary>Collects planned statements; emits them ordered by phase, in creation order within a phase.</summary>
internal sealed class PlanBuilder
{
    private readonly List<PlannedStatement> _statements = new();

    public void Add(Phase phase, string sql, string? change = null, params Hazard[] hazards) =>
        _statements.Add(new PlannedStatement(phase, sql, change, hazards));

    public void Add(PlannedStatement statement) => _statements.Add(statement);

    public IReadOnlyList<PlannedStatement> Ordered() =>
        _statements.Select((s, i) => (s, i)).OrderBy(x => x.s.Phase).ThenBy(x => x.i).Select(x => x.s).ToList();
}
