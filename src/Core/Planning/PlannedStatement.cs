namespace SchemaGen.Core.Planning;

/// <summary>One statement of a plan, with the hazards attached where it was created.</summary>
internal sealed record PlannedStatement(Phase Phase, string Sql, string? Change, IReadOnlyList<Hazard> Hazards)
{
    /// <summary>PostgreSQL refuses it inside a transaction block (CREATE INDEX CONCURRENTLY, ...).</summary>
    public bool NonTransactional { get; init; }

    /// <summary>The object this statement creates or drops (a <see cref="DependencyKeys"/> key), for ordering within its phase.</summary>
    public string? Object { get; init; }

    /// <summary>Objects whose statements in the same phase must run before this one.</summary>
    public IReadOnlyCollection<string> After { get; init; } = Array.Empty<string>();

    /// <summary>Objects whose statements in the same phase must run after this one.</summary>
    public IReadOnlyCollection<string> Before { get; init; } = Array.Empty<string>();
}
