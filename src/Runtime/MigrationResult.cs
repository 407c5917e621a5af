namespace SchemaGen.Runtime;

/// <summary>What one <see cref="MigrationRunner.Apply"/>, <see cref="MigrationRunner.Rollback"/> or <see cref="MigrationRunner.Baseline"/> call did.</summary>
public sealed class MigrationResult
{
    internal MigrationResult(IReadOnlyList<ExecutedMigration> migrations, bool isDryRun = false)
    {
        Migrations = migrations;
        IsDryRun = isDryRun;
    }

    /// <summary>The migrations applied (in id order) or rolled back (in reverse id order); empty when nothing was to do.
    /// In a dry run, the migrations that would have run, with a zero duration.</summary>
    public IReadOnlyList<ExecutedMigration> Migrations { get; }

    /// <summary>True when <see cref="MigrationRunnerOptions.DryRun"/> was set: nothing was run or recorded.</summary>
    public bool IsDryRun { get; }
}
