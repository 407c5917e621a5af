namespace SchemaGen.Runtime;

/// <summary>
/// One step of a running Apply or Rollback, for <see cref="MigrationRunnerOptions.Progress"/>: a
/// migration started (<see cref="StatementNumber"/> 0) or one of its statements finished.
/// </summary>
public sealed class MigrationProgress
{
    internal MigrationProgress(string migrationId, string migrationName, bool isRollback, int statementNumber, int statementCount, TimeSpan elapsed)
    {
        MigrationId = migrationId;
        MigrationName = migrationName;
        IsRollback = isRollback;
        StatementNumber = statementNumber;
        StatementCount = statementCount;
        Elapsed = elapsed;
    }

    /// <summary>The running migration's <see cref="IMigration.Id"/>.</summary>
    public string MigrationId { get; }

    /// <summary>The running migration's <see cref="IMigration.Name"/>.</summary>
    public string MigrationName { get; }

    /// <summary>True while running DOWN SQL (Rollback), false while running UP SQL (Apply).</summary>
    public bool IsRollback { get; }

    /// <summary>
    /// How many statements of the migration have finished: 0 in the report sent when the migration
    /// starts (or, when a non-transactional migration resumes, the number an earlier run completed),
    /// then the 1-based number of the statement that just finished.
    /// </summary>
    public int StatementNumber { get; }

    /// <summary>How many statements the migration's SQL has.</summary>
    public int StatementCount { get; }

    /// <summary>Time since this migration started.</summary>
    public TimeSpan Elapsed { get; }

    /// <inheritdoc />
    public override string ToString()
        => StatementNumber == 0
            ? $"{MigrationId}: started, {StatementCount} statement(s)"
            : $"{MigrationId}: statement {StatementNumber}/{StatementCount} after {Elapsed.TotalMilliseconds:0} ms";
}
