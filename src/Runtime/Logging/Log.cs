using Microsoft.Extensions.Logging;

namespace SchemaGen.Runtime.Logging;

/// <summary>
/// Every log message of the runner. The database is only ever named as host:port/database,
/// so no connection string (and no password) can reach a log.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "{Database}: {Count} pending migration(s) to apply")]
    public static partial void Pending(ILogger logger, string database, int count);

    [LoggerMessage(2, LogLevel.Information, "{Database}: up to date, nothing to apply")]
    public static partial void UpToDate(ILogger logger, string database);

    [LoggerMessage(3, LogLevel.Information, "Waiting for another SchemaGen runner (backend pid {Pid}) to release the migration lock")]
    public static partial void WaitingForLock(ILogger logger, int? pid);

    [LoggerMessage(4, LogLevel.Debug, "Migration lock acquired after {ElapsedMs} ms")]
    public static partial void LockAcquired(ILogger logger, long elapsedMs);

    [LoggerMessage(5, LogLevel.Information, "Applying {Id} ({Name}), {Statements} statement(s), {Mode}")]
    public static partial void Applying(ILogger logger, string id, string name, int statements, string mode);

    [LoggerMessage(6, LogLevel.Information, "Applied {Id} in {ElapsedMs} ms")]
    public static partial void Applied(ILogger logger, string id, long elapsedMs);

    [LoggerMessage(7, LogLevel.Debug, "{Id}: statement {Number} done in {ElapsedMs} ms")]
    public static partial void StatementDone(ILogger logger, string id, int number, long elapsedMs);

    [LoggerMessage(8, LogLevel.Error, "Migration {Id} failed")]
    public static partial void Failed(ILogger logger, Exception exception, string id);

    [LoggerMessage(9, LogLevel.Warning, "{Id} failed or was interrupted in an earlier run ({Error}); continuing from statement {Number}")]
    public static partial void Resuming(ILogger logger, string id, string error, int number);

    [LoggerMessage(10, LogLevel.Warning, "{Id} is applied but its checksum changed since (applied {Applied}, code {Code}); accepted because AllowChecksumDrift is set")]
    public static partial void DriftAccepted(ILogger logger, string id, string applied, string code);

    [LoggerMessage(11, LogLevel.Warning, "{Id} ({Name}) is recorded in the history but unknown to this code (applied by a newer version?)")]
    public static partial void Unknown(ILogger logger, string id, string name);

    [LoggerMessage(12, LogLevel.Information, "Rolling back {Id} ({Name}), {Statements} statement(s), {Mode}")]
    public static partial void RollingBack(ILogger logger, string id, string name, int statements, string mode);

    [LoggerMessage(13, LogLevel.Information, "Rolled back {Id} in {ElapsedMs} ms")]
    public static partial void RolledBack(ILogger logger, string id, long elapsedMs);

    [LoggerMessage(14, LogLevel.Warning, "Could not record the failure of {Id} in the history table")]
    public static partial void RecordFailureFailed(ILogger logger, Exception exception, string id);

    [LoggerMessage(16, LogLevel.Warning, "Could not reset lock_timeout and statement_timeout on the runner's connection")]
    public static partial void ResetFailed(ILogger logger, Exception exception);

    [LoggerMessage(15, LogLevel.Warning, "Could not release the migration lock; it goes with the connection")]
    public static partial void UnlockFailed(ILogger logger, Exception exception);

    [LoggerMessage(17, LogLevel.Information, "Dry run: would apply {Id} ({Name})")]
    public static partial void WouldApply(ILogger logger, string id, string name);

    [LoggerMessage(18, LogLevel.Information, "Dry run: would roll back {Id} ({Name})")]
    public static partial void WouldRollBack(ILogger logger, string id, string name);

    [LoggerMessage(20, LogLevel.Information, "{Id} was applied by another runner while this one waited for the lock; skipped")]
    public static partial void AppliedMeanwhile(ILogger logger, string id);

    [LoggerMessage(21, LogLevel.Information, "{Id} was rolled back by another runner while this one waited for the lock; skipped")]
    public static partial void RolledBackMeanwhile(ILogger logger, string id);

    [LoggerMessage(19, LogLevel.Information, "Baselined {Id} ({Name}): recorded as applied without running it")]
    public static partial void Baselined(ILogger logger, string id, string name);
}
