namespace SchemaGen.Core.Planning;

/// <summary>
/// Collects planned statements; emits them ordered by phase, and within a phase by the dependency
/// edges the statements carry (<see cref="PlannedStatement.After"/>, <see cref="PlannedStatement.Before"/>),
/// otherwise in creation order.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly List<PlannedStatement> _statements = new();

    public void Add(Phase phase, string sql, string? change = null, params Hazard[] hazards) =>
        _statements.Add(new PlannedStatement(phase, sql, change, hazards));

    public void Add(PlannedStatement statement) => _statements.Add(statement);

    public IReadOnlyList<PlannedStatement> Ordered()
    {
        var ordered = new List<PlannedStatement>(_statements.Count);
        foreach (var phase in _statements.GroupBy(s => s.Phase).OrderBy(g => g.Key))
            ordered.AddRange(OrderWithinPhase(phase.ToList()));
        return ordered;
    }

    /// <summary>
    /// A stable topological order (Kahn's algorithm, lowest creation index first). Statements left
    /// in a cycle (which PostgreSQL would refuse too) keep creation order.
    /// </summary>
    private static List<PlannedStatement> OrderWithinPhase(List<PlannedStatement> statements)
    {
        if (statements.All(s => s.After.Count == 0 && s.Before.Count == 0)) return statements;
        var byObject = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
            if (statements[i].Object is { } name)
            {
                if (!byObject.TryGetValue(name, out var list)) byObject[name] = list = new List<int>();
                list.Add(i);
            }
        var successors = new List<int>[statements.Count];
        var pending = new int[statements.Count];
        for (var i = 0; i < statements.Count; i++) successors[i] = new List<int>();
        void Edge(int from, int to)
        {
            if (from == to) return;
            successors[from].Add(to);
            pending[to]++;
        }
        for (var i = 0; i < statements.Count; i++)
        {
            foreach (var name in statements[i].After)
                if (byObject.TryGetValue(name, out var providers)) foreach (var p in providers) Edge(p, i);
            foreach (var name in statements[i].Before)
                if (byObject.TryGetValue(name, out var followers)) foreach (var f in followers) Edge(i, f);
        }
        var ready = new SortedSet<int>(Enumerable.Range(0, statements.Count).Where(i => pending[i] == 0));
        var done = new bool[statements.Count];
        var result = new List<PlannedStatement>(statements.Count);
        while (result.Count < statements.Count)
        {
            int next;
            if (ready.Count > 0)
            {
                next = ready.Min;
                ready.Remove(next);
            }
            else next = Array.FindIndex(done, d => !d);
            if (done[next]) continue;
            done[next] = true;
            result.Add(statements[next]);
            foreach (var successor in successors[next])
                if (--pending[successor] == 0 && !done[successor]) ready.Add(successor);
        }
        return result;
    }
}
