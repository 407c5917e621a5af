namespace SchemaGen.Core.Planning;

/// <summary>One statement of a plan, with the hazards attached where it was created.</summary>
internal sealed record PlannedStatement(Phase Phase, string Sql, string? Change, IReadOnlyList<Hazard> Hazards)
{
    /// <summary>PostgreSQL refuses it inside a transaction block (CREATE INDEX CONCURRENTLY, ...).</summary>
    public bool NonTransactional { get; init; }
}
