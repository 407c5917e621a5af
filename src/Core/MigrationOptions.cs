namespace SchemaGen.Core;

/// <summary>How a migration is written.</summary>
public sealed record MigrationOptions
{
    public static MigrationOptions Default { get; } = new();

    /// <summary>
    /// Write statements that are no-ops when already applied (<c>IF [NOT] EXISTS</c>, guarded
    /// <c>DO</c> blocks), so that running UP twice changes nothing the second time.
    /// </summary>
    public bool Idempotent { get; init; } = true;
}
