using Microsoft.Extensions.Logging;

namespace SchemaGen.Runtime;

/// <summary>Settings of a <see cref="MigrationRunner"/>.</summary>
public sealed class MigrationRunnerOptions
{
    /// <summary>Schema of the history table; created when missing. Default <c>public</c>.</summary>
    public string HistorySchema { get; set; } = "public";

    /// <summary>Name of the history table; created when missing. Default <c>schemagen_history</c>.</summary>
    public string HistoryTable { get; set; } = "schemagen_history";

    /// <summary>
    /// PostgreSQL <c>lock_timeout</c> while a migration runs, so a migration queued behind a long
    /// query fails instead of blocking every other query on the table. <see langword="null"/> (the
    /// default) keeps the server's setting.
    /// </summary>
    public TimeSpan? LockTimeout { get; set; }

    /// <summary>
    /// PostgreSQL <c>statement_timeout</c> for each migration statement. <see langword="null"/> (the
    /// default) keeps the server's setting.
    /// </summary>
    public TimeSpan? StatementTimeout { get; set; }

    /// <summary>
    /// How long to wait for another runner that is applying migrations to the same history table
    /// before giving up with a <see cref="MigrationException"/>. Default 10 minutes.
    /// </summary>
    public TimeSpan AdvisoryLockTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Apply and roll back even when an applied migration's checksum differs from the code's.
    /// Off by default: an edited migration usually means the database is not what the code expects.
    /// </summary>
    public bool AllowChecksumDrift { get; set; }

    /// <summary>
    /// Apply a pending migration whose id sorts before an already applied one (typically merged
    /// from another branch). Off by default because it runs a migration against a schema it was not
    /// written for.
    /// </summary>
    public bool AllowOutOfOrder { get; set; }

    /// <summary>
    /// Apply only up to and including the migration with this id; later ones stay pending.
    /// <see langword="null"/> (the default) applies everything. Must be the id of a migration in the code.
    /// </summary>
    public string? TargetId { get; set; }

    /// <summary>
    /// Set when the connection goes through a transaction-pooling proxy (PgBouncer with
    /// <c>pool_mode = transaction</c>), where consecutive statements may reach different server
    /// sessions and a session-level advisory lock would be left behind on one of them. The runner
    /// then locks each migration's own transaction instead (<c>pg_try_advisory_xact_lock</c>) and
    /// re-checks the history under that lock, so concurrent runners still apply each migration once.
    /// Non-transactional migrations cannot be protected that way and are refused before anything
    /// runs: apply them over a direct connection. Off by default.
    /// </summary>
    public bool TransactionPooling { get; set; }

    /// <summary>
    /// Report (in the result and the log) what Apply, Rollback or Baseline would do without running it:
    /// no migration SQL, no history writes, no history table creation, and (for Apply) no lock.
    /// </summary>
    public bool DryRun { get; set; }

    /// <summary>
    /// Told when each migration that Apply or Rollback runs starts (statement 0) and after each of
    /// its statements, e.g. to draw a progress bar; between two reports, statement
    /// <see cref="MigrationProgress.StatementNumber"/> + 1 is running. Called on the runner's thread
    /// (or as <see cref="Progress{T}"/> posts it).
    /// </summary>
    public IProgress<MigrationProgress>? Progress { get; set; }

    /// <summary>Receives one entry per step with its timing. Never receives passwords.</summary>
    public ILogger? Logger { get; set; }

    internal MigrationRunnerOptions Validated()
    {
        if (string.IsNullOrEmpty(HistorySchema))
            throw new ArgumentException("The history schema must not be empty.", nameof(HistorySchema));
        if (string.IsNullOrEmpty(HistoryTable))
            throw new ArgumentException("The history table must not be empty.", nameof(HistoryTable));
        if (TargetId is { Length: 0 })
            throw new ArgumentException("The target id must not be empty; use null for all migrations.", nameof(TargetId));
        if (LockTimeout < TimeSpan.Zero || StatementTimeout < TimeSpan.Zero || AdvisoryLockTimeout < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(LockTimeout), "Timeouts must not be negative.");

        // A copy, so changing the options after constructing the runner cannot change a running apply.
        return (MigrationRunnerOptions)MemberwiseClone();
    }
}
