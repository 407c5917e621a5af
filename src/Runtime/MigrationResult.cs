namespace SchemaGen.Runtime;

/// <summary>What one <see cref="MigrationRunner.Apply"/> or <see cref="MigrationRunner.Rollback"/> call did.</summary>
public sealed class MigrationResult
{
    internal MigrationResult(IReadOnlyList<ExecutedMigration> migrations) => Migrations = migrations;

    /// <summary>The migrations applied (in id order) or rolled back (in reverse id order); empty when nothing was to do.</summary>
    public IReadOnlyList<ExecutedMigration> Migrations { get; }
}
