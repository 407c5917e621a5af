using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using SchemaGen.Runtime.Execution;
using SchemaGen.Runtime.Logging;

namespace SchemaGen.Runtime.Locking;

/// <summary>
/// The advisory lock that serialises runners on one database: session-level, or per transaction
/// with <see cref="MigrationRunnerOptions.TransactionPooling"/>.
/// </summary>
/// <remarks>
/// It polls <c>pg_try_advisory_lock</c> and sleeps on the client rather than blocking in
/// <c>pg_advisory_lock</c>: a blocked call is an open statement holding a snapshot, and a
/// <c>CREATE INDEX CONCURRENTLY</c> run by the lock holder waits for every such snapshot, so the
/// waiters would deadlock the holder. Session locks need the same server session for the whole
/// run, which a transaction-pooling PgBouncer does not give.
/// </remarks>
internal static class AdvisoryLock
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Takes the lock for the session, or with a <paramref name="transaction"/> for that transaction
    /// only (released by its commit or rollback: the mode for transaction-pooling proxies). The two
    /// kinds on one key exclude each other, so runners of either mode serialise. Polling inside the
    /// transaction is harmless to a concurrent index build: between polls a read-committed
    /// transaction that has only called this function holds no snapshot and no table lock.
    /// </summary>
    public static async Task AcquireAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, long key, TimeSpan timeout, ILogger logger, bool async, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var delay = FirstDelay;
        var waitingLogged = false;
        var sql = transaction is null ? "SELECT pg_try_advisory_lock($1)" : "SELECT pg_try_advisory_xact_lock($1)";
        while (true)
        {
            var acquired = await Db.ScalarAsync(connection, transaction, sql, async, ct, key)
                .ConfigureAwait(false);
            if (acquired is true)
            {
                Log.LockAcquired(logger, clock.ElapsedMilliseconds);
                return;
            }

            if (!waitingLogged || clock.Elapsed >= timeout)
            {
                var holder = await HolderPidAsync(connection, transaction, key, async, ct).ConfigureAwait(false);
                if (clock.Elapsed >= timeout)
                {
                    throw new MigrationException(
                        $"Gave up after {timeout.TotalSeconds:0.#} s waiting for the SchemaGen migration lock, held by backend pid {holder?.ToString() ?? "(unknown)"} "
                        + "(another runner is applying migrations; see pg_stat_activity). Raise MigrationRunnerOptions.AdvisoryLockTimeout to wait longer. "
                        + "If that backend is idle, the lock may have been left behind by a runner behind a transaction-pooling proxy "
                        + "(PgBouncer pool_mode=transaction); end it with pg_terminate_backend and set MigrationRunnerOptions.TransactionPooling.");
                }

                Log.WaitingForLock(logger, holder);
                waitingLogged = true;
            }

            var remaining = timeout - clock.Elapsed;
            await Db.DelayAsync(delay < remaining ? delay : remaining, async, ct).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    public static async Task ReleaseAsync(NpgsqlConnection connection, long key, ILogger logger, bool async)
    {
        try
        {
            // Unlock explicitly: a pooled connection keeps its session, and its locks, after Close.
            await Db.ScalarAsync(connection, null, "SELECT pg_advisory_unlock($1)", async, CancellationToken.None, key)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // A broken connection has lost its session and with it the lock.
            Log.UnlockFailed(logger, e);
        }
    }

    /// <summary>
    /// Checked before each migration. Behind a transaction-pooling proxy (PgBouncer in transaction
    /// mode) consecutive statements may reach different server sessions, so the lock taken by one
    /// is not held by the next; so too when a migration's own SQL released advisory locks.
    /// </summary>
    public static async Task EnsureHeldAsync(NpgsqlConnection connection, long key, bool async, CancellationToken ct)
    {
        var held = await Db.ScalarAsync(
                connection,
                null,
                """
                SELECT EXISTS (
                    SELECT FROM pg_locks
                    WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid() AND objsubid = 1
                      AND classid::bigint = $1 AND objid::bigint = $2)
                """,
                async,
                ct,
                (long)((ulong)key >> 32),
                (long)((ulong)key & 0xFFFF_FFFF))
            .ConfigureAwait(false);
        if (held is not true)
        {
            throw new MigrationException(
                "The runner's session no longer holds the SchemaGen migration lock, so other runners may be applying migrations too. "
                + "Either the connection goes through a transaction-pooling proxy such as PgBouncer in pool_mode=transaction "
                + "(connect directly or through session pooling, or set MigrationRunnerOptions.TransactionPooling to lock each "
                + "migration's transaction instead) or a migration released advisory locks (pg_advisory_unlock_all).");
        }
    }

    private static async Task<int?> HolderPidAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long key, bool async, CancellationToken ct)
    {
        // A bigint key is stored as classid (high 32 bits), objid (low 32 bits), objsubid 1.
        var pid = await Db.ScalarAsync(
                connection,
                transaction,
                """
                SELECT pid FROM pg_locks
                WHERE locktype = 'advisory' AND granted AND objsubid = 1
                  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND classid::bigint = $1 AND objid::bigint = $2
                LIMIT 1
                """,
                async,
                ct,
                (long)((ulong)key >> 32),
                (long)((ulong)key & 0xFFFF_FFFF))
            .ConfigureAwait(false);
        return pid as int?;
    }
}
