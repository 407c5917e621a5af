using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SchemaGen.Runtime.Execution;
using SchemaGen.Runtime.History;
using SchemaGen.Runtime.Locking;
using SchemaGen.Runtime.Logging;
using SchemaGen.Runtime.Sql;

namespace SchemaGen.Runtime;

/// <summary>
/// Applies and rolls back <see cref="IMigration"/>s on a PostgreSQL database and records them in a
/// history table.
/// </summary>
/// <remarks>
/// <para>
/// Any number of runners (threads, processes, machines) may call <see cref="Apply"/> on the same
/// database at once: a session-level advisory lock lets one of them apply the pending migrations
/// while the others wait, then find nothing pending. Session locks need one server session for the
/// whole run, so connect directly or through a session-pooling PgBouncer; behind a transaction-pooling
/// one, set <see cref="MigrationRunnerOptions.TransactionPooling"/>, which locks each migration's
/// transaction instead.
/// </para>
/// <para>
/// A transactional migration and its history row commit together or not at all. A non-transactional
/// one (for <c>CREATE INDEX CONCURRENTLY</c> and the like) runs statement by statement; its history
/// row records progress, so after a failure or crash the next <see cref="Apply"/> continues from the
/// statement that did not complete.
/// </para>
/// </remarks>
public sealed class MigrationRunner : IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly IReadOnlyList<IMigration> _migrations;
    private readonly Dictionary<string, IMigration> _byId;
    private readonly MigrationRunnerOptions _options;
    private readonly HistoryTable _history;
    private readonly ILogger _logger;
    private readonly string _databaseName;

    /// <summary>Creates a runner over a data source the caller owns (and disposes).</summary>
    /// <param name="dataSource">Where to apply the migrations.</param>
    /// <param name="migrations">All migrations of the application, e.g. the generated registry; any order.</param>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Two migrations share an id, or one has no id or no SQL.</exception>
    public MigrationRunner(NpgsqlDataSource dataSource, IEnumerable<IMigration> migrations, MigrationRunnerOptions? options = null)
        : this(dataSource, ownsDataSource: false, migrations, options)
    {
    }

    /// <summary>Creates a runner that opens its own connections from a connection string.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="migrations">All migrations of the application, e.g. the generated registry; any order.</param>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Two migrations share an id, or one has no id or no SQL.</exception>
    public MigrationRunner(string connectionString, IEnumerable<IMigration> migrations, MigrationRunnerOptions? options = null)
        : this(NpgsqlDataSource.Create(RequireSessionMode(connectionString)), ownsDataSource: true, migrations, options)
    {
    }

    private MigrationRunner(NpgsqlDataSource dataSource, bool ownsDataSource, IEnumerable<IMigration> migrations, MigrationRunnerOptions? options)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(migrations);
        RequireSessionMode(dataSource.ConnectionString);

        _options = (options ?? new MigrationRunnerOptions()).Validated();
        _byId = new Dictionary<string, IMigration>(StringComparer.Ordinal);
        foreach (var migration in migrations)
        {
            if (migration is null)
                throw new ArgumentException("The migrations contain null.", nameof(migrations));
            if (string.IsNullOrEmpty(migration.Id))
                throw new ArgumentException($"Migration '{migration.Name}' has no id.", nameof(migrations));
            if (migration.Up is null || migration.Down is null || migration.Checksum is null)
                throw new ArgumentException($"Migration {migration.Id} has no UP, DOWN or checksum.", nameof(migrations));
            if (!_byId.TryAdd(migration.Id, migration))
                throw new ArgumentException($"Two migrations have the id {migration.Id}.", nameof(migrations));
        }

        if (_options.TargetId is { } target && !_byId.ContainsKey(target))
            throw new ArgumentException($"The target migration '{target}' is not among the migrations.", nameof(options));

        _migrations = _byId.Values.OrderBy(m => m.Id, StringComparer.Ordinal).ToArray();
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _history = new HistoryTable(_options.HistorySchema, _options.HistoryTable);
        _logger = _options.Logger ?? NullLogger.Instance;
        _databaseName = DescribeDatabase(dataSource);
    }

    /// <summary>The migrations this runner knows, in id order (the order they apply in).</summary>
    public IReadOnlyList<IMigration> Migrations => _migrations;

    /// <summary>
    /// Applies every pending migration in id order, creating the history table if needed. Does
    /// nothing when the database is up to date.
    /// </summary>
    /// <returns>The migrations this call applied.</returns>
    /// <exception cref="MigrationException">A migration failed (earlier ones of this call stay applied),
    /// an applied migration drifted, or the lock could not be taken in time.</exception>
    public MigrationResult Apply() => ApplyCore(async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc cref="Apply"/>
    /// <param name="cancellationToken">Cancels waiting for the lock and the running statement; a
    /// transactional migration is then rolled back, a non-transactional one recorded as interrupted.</param>
    public Task<MigrationResult> ApplyAsync(CancellationToken cancellationToken = default) => ApplyCore(async: true, cancellationToken);

    /// <summary>
    /// Runs the DOWN SQL of every migration applied after <paramref name="targetId"/>, newest first,
    /// and removes their history rows, leaving the database at <paramref name="targetId"/>.
    /// </summary>
    /// <param name="targetId">The migration to go back to (it stays applied), or <see langword="null"/> to roll back all.</param>
    /// <returns>The migrations this call rolled back, newest first.</returns>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is neither in the code nor in the history.</exception>
    /// <exception cref="MigrationException">A migration to roll back is unknown to the code or drifted, or its DOWN failed.</exception>
    public MigrationResult Rollback(string? targetId) => RollbackCore(targetId, async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc cref="Rollback"/>
    /// <param name="targetId">The migration to go back to (it stays applied), or <see langword="null"/> to roll back all.</param>
    /// <param name="cancellationToken">Cancels waiting for the lock and the running statement.</param>
    public Task<MigrationResult> RollbackAsync(string? targetId, CancellationToken cancellationToken = default)
        => RollbackCore(targetId, async: true, cancellationToken);

    /// <summary>
    /// Records every migration up to and including <paramref name="upToId"/> as applied without
    /// running it: for adopting SchemaGen on a database whose schema is already at that version.
    /// Already applied migrations are left as they are; later ones stay pending. With
    /// <see cref="MigrationRunnerOptions.DryRun"/>, only reports what it would record.
    /// </summary>
    /// <param name="upToId">The id of the last migration the database already has.</param>
    /// <returns>The migrations this call recorded, in id order (with a zero duration).</returns>
    /// <exception cref="ArgumentException"><paramref name="upToId"/> is not the id of a migration in the code.</exception>
    /// <exception cref="MigrationException">The lock could not be taken in time, or an applied migration drifted.</exception>
    public MigrationResult Baseline(string upToId) => BaselineCore(upToId, async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc cref="Baseline"/>
    /// <param name="upToId">The id of the last migration the database already has.</param>
    /// <param name="cancellationToken">Cancels waiting for the lock and the history writes.</param>
    public Task<MigrationResult> BaselineAsync(string upToId, CancellationToken cancellationToken = default)
        => BaselineCore(upToId, async: true, cancellationToken);

    /// <summary>
    /// Writes the UP SQL of the migrations after <paramref name="fromId"/> up to and including
    /// <paramref name="toId"/> as one SQL script, for teams whose DBAs apply SQL by hand (with
    /// <c>psql -v ON_ERROR_STOP=1 -f</c>). The script creates the history table if missing and
    /// records each migration in it, as <see cref="Apply"/> would. Does not connect to the database.
    /// </summary>
    /// <remarks>
    /// Each transactional migration runs in its own <c>BEGIN</c>/<c>COMMIT</c> together with its
    /// history row, holding the runner's advisory lock for the transaction. With
    /// <paramref name="idempotent"/>, each one is wrapped in a <c>DO</c> block that skips it when
    /// the history already records it, so the script can safely run again. Non-transactional
    /// migrations are written statement by statement without <c>BEGIN</c>/<c>COMMIT</c>, with a
    /// comment; generated ones are idempotent, so the script can be re-run after it stopped in one.
    /// </remarks>
    /// <param name="fromId">The migration the database is already at (excluded), or <see langword="null"/> to start from the first.</param>
    /// <param name="toId">The last migration to include, or <see langword="null"/> for the newest.</param>
    /// <param name="idempotent">Guard each migration with a check on the history table.</param>
    /// <returns>The script; only the header and the history table when the range is empty.</returns>
    /// <exception cref="ArgumentException"><paramref name="fromId"/> or <paramref name="toId"/> is not a migration's id,
    /// or <paramref name="toId"/> sorts before <paramref name="fromId"/>.</exception>
    public string Script(string? fromId = null, string? toId = null, bool idempotent = false)
    {
        if (fromId is not null && !_byId.ContainsKey(fromId))
            throw new ArgumentException($"No migration has the id '{fromId}'.", nameof(fromId));
        if (toId is not null && !_byId.ContainsKey(toId))
            throw new ArgumentException($"No migration has the id '{toId}'.", nameof(toId));
        if (fromId is not null && toId is not null && string.CompareOrdinal(toId, fromId) < 0)
            throw new ArgumentException($"The script cannot go from {fromId} back to {toId}; use Rollback for that.", nameof(toId));

        var selected = _migrations
            .Where(m => fromId is null || string.CompareOrdinal(m.Id, fromId) > 0)
            .Where(m => toId is null || string.CompareOrdinal(m.Id, toId) <= 0)
            .ToArray();
        return Scripting.ScriptWriter.Write(selected, _history, fromId, toId, idempotent);
    }

    /// <summary>Compares the history table with the code without changing anything (and without taking the lock).</summary>
    /// <returns>Applied, pending, drifted, unknown and failed migrations.</returns>
    public MigrationStatus GetStatus() => GetStatusCore(async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc cref="GetStatus"/>
    /// <param name="cancellationToken">Cancels the query.</param>
    public Task<MigrationStatus> GetStatusAsync(CancellationToken cancellationToken = default) => GetStatusCore(async: true, cancellationToken);

    /// <summary>Disposes the data source when the runner created it from a connection string.</summary>
    public void Dispose()
    {
        if (_ownsDataSource)
            _dataSource.Dispose();
    }

    /// <summary>Disposes the data source when the runner created it from a connection string.</summary>
    /// <returns>A task that completes when the data source is disposed.</returns>
    public ValueTask DisposeAsync() => _ownsDataSource ? _dataSource.DisposeAsync() : ValueTask.CompletedTask;

    private async Task<MigrationStatus> GetStatusCore(bool async, CancellationToken ct)
    {
        var connection = await Db.OpenAsync(_dataSource, async, ct).ConfigureAwait(false);
        try
        {
            var rows = await _history.ExistsAsync(connection, async, ct).ConfigureAwait(false)
                ? await _history.ReadAsync(connection, async, ct).ConfigureAwait(false)
                : [];
            return Compare(rows);
        }
        finally
        {
            await Db.DisposeAsync(connection, async).ConfigureAwait(false);
        }
    }

    private IReadOnlyList<IMigration> UpToTarget(IReadOnlyList<IMigration> pending)
        => _options.TargetId is { } target
            ? pending.Where(m => string.CompareOrdinal(m.Id, target) <= 0).ToArray()
            : pending;

    private async Task<MigrationResult> DryRunApplyAsync(bool async, CancellationToken ct)
    {
        var status = await GetStatusCore(async, ct).ConfigureAwait(false);
        CheckBeforeApply(status);
        var wouldRun = new List<ExecutedMigration>();
        foreach (var migration in UpToTarget(status.Pending))
        {
            Log.WouldApply(_logger, migration.Id, migration.Name);
            wouldRun.Add(new ExecutedMigration(migration.Id, migration.Name, TimeSpan.Zero, resumed: status.Failed.Any(r => r.Id == migration.Id)));
        }

        return new MigrationResult(wouldRun, isDryRun: true);
    }

    private async Task<MigrationResult> ApplyCore(bool async, CancellationToken ct)
    {
        if (_options.DryRun)
            return await DryRunApplyAsync(async, ct).ConfigureAwait(false);

        var connection = await Db.OpenAsync(_dataSource, async, ct).ConfigureAwait(false);
        var pooled = _options.TransactionPooling;
        try
        {
            // Every application start lands here, usually with nothing to do: when the committed
            // history already has every migration, there is nothing to lock for.
            if (await _history.ExistsAsync(connection, async, ct).ConfigureAwait(false))
            {
                var current = Compare(await _history.ReadAsync(connection, async, ct).ConfigureAwait(false));
                if (UpToTarget(current.Pending).Count == 0)
                {
                    CheckBeforeApply(current);
                    Log.UpToDate(_logger, _databaseName);
                    return new MigrationResult([]);
                }
            }

            if (!pooled)
                await AcquireSessionLockAsync(connection, async, ct).ConfigureAwait(false);
            try
            {
                await EnsureHistoryAsync(connection, async, ct).ConfigureAwait(false);
                var rows = await _history.ReadAsync(connection, async, ct).ConfigureAwait(false);
                var status = Compare(rows);
                CheckBeforeApply(status);
                var pending = UpToTarget(status.Pending);
                if (pooled)
                    RefuseNonTransactional(pending, "apply");

                if (pending.Count == 0)
                {
                    Log.UpToDate(_logger, _databaseName);
                    return new MigrationResult([]);
                }

                Log.Pending(_logger, _databaseName, pending.Count);
                var failedRows = status.Failed.ToDictionary(r => r.Id, StringComparer.Ordinal);
                var executed = new List<ExecutedMigration>();
                foreach (var migration in pending)
                {
                    if (!pooled)
                        await AdvisoryLock.EnsureHeldAsync(connection, _history.LockKey, async, ct).ConfigureAwait(false);
                    failedRows.TryGetValue(migration.Id, out var previousAttempt);
                    var done = migration.IsTransactional
                        ? await ApplyInTransactionAsync(connection, migration, lockInTransaction: pooled, async, ct).ConfigureAwait(false)
                        : await ApplyStatementByStatementAsync(connection, migration, previousAttempt, async, ct).ConfigureAwait(false);
                    if (done is not null)
                        executed.Add(done);
                }

                return new MigrationResult(executed);
            }
            finally
            {
                if (!pooled)
                    await AdvisoryLock.ReleaseAsync(connection, _history.LockKey, _logger, async).ConfigureAwait(false);
            }
        }
        finally
        {
            await Db.DisposeAsync(connection, async).ConfigureAwait(false);
        }
    }

    private async Task<MigrationResult> BaselineCore(string upToId, bool async, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upToId);
        if (!_byId.ContainsKey(upToId))
            throw new ArgumentException($"No migration has the id '{upToId}'.", nameof(upToId));

        if (_options.DryRun)
        {
            var current = await GetStatusCore(async, ct).ConfigureAwait(false);
            return new MigrationResult(
                current.Pending
                    .Where(m => string.CompareOrdinal(m.Id, upToId) <= 0)
                    .Select(m => new ExecutedMigration(m.Id, m.Name, TimeSpan.Zero, resumed: false))
                    .ToArray(),
                isDryRun: true);
        }

        var connection = await Db.OpenAsync(_dataSource, async, ct).ConfigureAwait(false);
        var pooled = _options.TransactionPooling;
        try
        {
            if (!pooled)
                await AcquireSessionLockAsync(connection, async, ct).ConfigureAwait(false);
            try
            {
                await EnsureHistoryAsync(connection, async, ct).ConfigureAwait(false);

                // All rows or none, so a failed baseline leaves the history as it was.
                var recorded = new List<ExecutedMigration>();
                var transaction = await Db.BeginAsync(connection, async, ct).ConfigureAwait(false);
                try
                {
                    if (pooled)
                        await AcquireTransactionLockAsync(connection, transaction, async, ct).ConfigureAwait(false);
                    var status = Compare(await _history.ReadAsync(connection, async, ct).ConfigureAwait(false));
                    foreach (var row in status.Drifted)
                        CheckDrift(row, _byId[row.Id]);

                    foreach (var migration in status.Pending.Where(m => string.CompareOrdinal(m.Id, upToId) <= 0))
                    {
                        var statements = SqlStatementSplitter.Split(migration.Up).Count;
                        await _history.RecordSuccessAsync(connection, transaction, migration, TimeSpan.Zero, statements, async, ct)
                            .ConfigureAwait(false);
                        recorded.Add(new ExecutedMigration(migration.Id, migration.Name, TimeSpan.Zero, resumed: false));
                    }

                    await Db.CommitAsync(transaction, async, ct).ConfigureAwait(false);
                }
                finally
                {
                    await Db.DisposeAsync(transaction, async).ConfigureAwait(false);
                }

                foreach (var migration in recorded)
                    Log.Baselined(_logger, migration.Id, migration.Name);
                return new MigrationResult(recorded);
            }
            finally
            {
                if (!pooled)
                    await AdvisoryLock.ReleaseAsync(connection, _history.LockKey, _logger, async).ConfigureAwait(false);
            }
        }
        finally
        {
            await Db.DisposeAsync(connection, async).ConfigureAwait(false);
        }
    }

    private async Task<MigrationResult> RollbackCore(string? targetId, bool async, CancellationToken ct)
    {
        var connection = await Db.OpenAsync(_dataSource, async, ct).ConfigureAwait(false);
        var pooled = _options.TransactionPooling;
        try
        {
            if (!pooled)
                await AcquireSessionLockAsync(connection, async, ct).ConfigureAwait(false);
            try
            {
                var rows = await _history.ExistsAsync(connection, async, ct).ConfigureAwait(false)
                    ? await _history.ReadAsync(connection, async, ct).ConfigureAwait(false)
                    : [];
                if (targetId is not null && !_byId.ContainsKey(targetId) && !rows.Any(r => r.Id == targetId))
                    throw new ArgumentException($"No migration has the id '{targetId}'.", nameof(targetId));

                var toUndo = rows
                    .Where(r => targetId is null || string.CompareOrdinal(r.Id, targetId) > 0)
                    .OrderByDescending(r => r.Id, StringComparer.Ordinal)
                    .Select(FindForRollback)
                    .ToList();

                if (_options.DryRun)
                {
                    foreach (var migration in toUndo)
                        Log.WouldRollBack(_logger, migration.Id, migration.Name);
                    return new MigrationResult(
                        toUndo.Select(m => new ExecutedMigration(m.Id, m.Name, TimeSpan.Zero, resumed: false)).ToArray(), isDryRun: true);
                }

                if (pooled)
                    RefuseNonTransactional(toUndo, "roll back");
                var executed = new List<ExecutedMigration>();
                foreach (var migration in toUndo)
                {
                    if (!pooled)
                        await AdvisoryLock.EnsureHeldAsync(connection, _history.LockKey, async, ct).ConfigureAwait(false);
                    if (await RollbackOneAsync(connection, migration, lockInTransaction: pooled, async, ct).ConfigureAwait(false) is { } done)
                        executed.Add(done);
                }
                return new MigrationResult(executed);
            }
            finally
            {
                if (!pooled)
                    await AdvisoryLock.ReleaseAsync(connection, _history.LockKey, _logger, async).ConfigureAwait(false);
            }
        }
        finally
        {
            await Db.DisposeAsync(connection, async).ConfigureAwait(false);
        }
    }

    private IMigration FindForRollback(AppliedMigration row)
    {
        if (!_byId.TryGetValue(row.Id, out var migration))
        {
            throw new MigrationException(
                $"Cannot roll back {row.Id} ({row.Name}): the code has no migration with this id, so there is no DOWN SQL for it.", row.Id);
        }

        CheckDrift(row, migration);
        return migration;
    }

    private MigrationStatus Compare(List<AppliedMigration> rows)
    {
        var applied = rows.Where(r => r.Success).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var appliedIds = applied.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var pending = _migrations.Where(m => !appliedIds.Contains(m.Id)).ToArray();
        var drifted = applied
            .Where(r => _byId.TryGetValue(r.Id, out var m) && !ChecksumsEqual(r.Checksum, m.Checksum))
            .ToArray();
        var unknown = rows.Where(r => !_byId.ContainsKey(r.Id)).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var failed = rows.Where(r => !r.Success).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        return new MigrationStatus(applied, pending, drifted, unknown, failed);
    }

    private void CheckBeforeApply(MigrationStatus status)
    {
        foreach (var row in status.Drifted)
            CheckDrift(row, _byId[row.Id]);

        foreach (var row in status.Unknown)
            Log.Unknown(_logger, row.Id, row.Name);

        if (_options.AllowOutOfOrder || status.Applied.Count == 0)
            return;

        // A pending migration older than the newest applied one was written against a schema that
        // has since moved on; a failed row of its own means it is being resumed, which is fine.
        var newestApplied = status.Applied[^1].Id;
        var failedIds = status.Failed.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var outOfOrder = status.Pending.FirstOrDefault(m => string.CompareOrdinal(m.Id, newestApplied) < 0 && !failedIds.Contains(m.Id));
        if (outOfOrder is not null)
        {
            throw new MigrationException(
                $"Migration {outOfOrder.Id} ({outOfOrder.Name}) is pending but sorts before the applied migration {newestApplied}. "
                + "Give it a later id, or set MigrationRunnerOptions.AllowOutOfOrder to apply it anyway.",
                outOfOrder.Id);
        }
    }

    private void CheckDrift(AppliedMigration row, IMigration migration)
    {
        if (ChecksumsEqual(row.Checksum, migration.Checksum))
            return;
        if (_options.AllowChecksumDrift)
        {
            Log.DriftAccepted(_logger, row.Id, row.Checksum, migration.Checksum);
            return;
        }

        throw new MigrationException(
            $"Migration {row.Id} ({row.Name}) was changed after it was applied: the history records checksum {row.Checksum}, "
            + $"the code has {migration.Checksum}. Restore the applied SQL and put the change in a new migration, "
            + "or set MigrationRunnerOptions.AllowChecksumDrift to accept it.",
            row.Id);
    }

    /// <returns>The applied migration, or <see langword="null"/> when, with <paramref name="lockInTransaction"/>,
    /// another runner applied it while this one waited for the lock.</returns>
    private async Task<ExecutedMigration?> ApplyInTransactionAsync(
        NpgsqlConnection connection, IMigration migration, bool lockInTransaction, bool async, CancellationToken ct)
    {
        var statements = SqlStatementSplitter.Split(migration.Up);
        var transaction = await Db.BeginAsync(connection, async, ct).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        try
        {
            if (lockInTransaction)
            {
                await AcquireTransactionLockAsync(connection, transaction, async, ct).ConfigureAwait(false);
                if (await _history.IsAppliedAsync(connection, transaction, migration.Id, async, ct).ConfigureAwait(false))
                {
                    Log.AppliedMeanwhile(_logger, migration.Id);
                    return null;
                }

                clock.Restart();
            }

            Log.Applying(_logger, migration.Id, migration.Name, statements.Count, "in one transaction");
            ReportProgress(migration, false, 0, statements.Count, clock);
            await SetTimeoutsAsync(connection, transaction, local: true, async, ct).ConfigureAwait(false);
            await RunStatementsAsync(connection, transaction, migration, MigrationDirection.Up, statements, clock, async, ct).ConfigureAwait(false);

            await _history.RecordSuccessAsync(connection, transaction, migration, clock.Elapsed, statements.Count, async, ct)
                .ConfigureAwait(false);
            await Db.CommitAsync(transaction, async, ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Log.Failed(_logger, e, migration.Id);
            throw;
        }
        finally
        {
            // Rolls back unless committed.
            await Db.DisposeAsync(transaction, async).ConfigureAwait(false);
        }

        Log.Applied(_logger, migration.Id, clock.ElapsedMilliseconds);
        return new ExecutedMigration(migration.Id, migration.Name, clock.Elapsed, resumed: false);
    }

    private async Task<ExecutedMigration> ApplyStatementByStatementAsync(
        NpgsqlConnection connection, IMigration migration, AppliedMigration? previousAttempt, bool async, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var statements = SqlStatementSplitter.Split(migration.Up);

        // Statements before the failed one are committed; continue from it, unless the SQL was
        // edited since, in which case statement numbers mean nothing and the whole (idempotent) UP reruns.
        var resumeFrom = previousAttempt is not null && ChecksumsEqual(previousAttempt.Checksum, migration.Checksum)
            ? Math.Clamp(previousAttempt.StatementsApplied, 0, statements.Count)
            : 0;
        if (previousAttempt is not null)
            Log.Resuming(_logger, migration.Id, previousAttempt.Error ?? "interrupted", resumeFrom + 1);
        Log.Applying(_logger, migration.Id, migration.Name, statements.Count, "statement by statement, outside a transaction");
        ReportProgress(migration, false, resumeFrom, statements.Count, clock);

        await _history.RecordStartAsync(connection, migration, resumeFrom, async, ct).ConfigureAwait(false);
        var timeoutsSet = await SetTimeoutsAsync(connection, null, local: false, async, ct).ConfigureAwait(false);
        try
        {
            for (var i = resumeFrom; i < statements.Count; i++)
            {
                await StatementExecutor.RunAsync(
                    connection, null, migration, MigrationDirection.Up, migration.Up, statements[i], i + 1, _logger, async, ct)
                    .ConfigureAwait(false);
                ReportProgress(migration, false, i + 1, statements.Count, clock);
                await _history.RecordProgressAsync(connection, migration.Id, i + 1, async, ct).ConfigureAwait(false);
            }

            await _history.RecordFinishAsync(connection, migration.Id, clock.Elapsed, success: true, error: null, async, ct)
                .ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Log.Failed(_logger, e, migration.Id);
            await TryRecordFailureAsync(
                    () => _history.RecordFinishAsync(connection, migration.Id, clock.Elapsed, success: false, e.Message, async, CancellationToken.None),
                    migration.Id)
                .ConfigureAwait(false);
            throw;
        }
        finally
        {
            if (timeoutsSet)
                await ResetTimeoutsAsync(connection, async).ConfigureAwait(false);
        }

        Log.Applied(_logger, migration.Id, clock.ElapsedMilliseconds);
        return new ExecutedMigration(migration.Id, migration.Name, clock.Elapsed, resumed: previousAttempt is not null);
    }

    /// <returns>The rolled back migration, or <see langword="null"/> when, with <paramref name="lockInTransaction"/>,
    /// another runner rolled it back while this one waited for the lock.</returns>
    private async Task<ExecutedMigration?> RollbackOneAsync(
        NpgsqlConnection connection, IMigration migration, bool lockInTransaction, bool async, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var statements = SqlStatementSplitter.Split(migration.Down);

        if (migration.IsTransactional)
        {
            var transaction = await Db.BeginAsync(connection, async, ct).ConfigureAwait(false);
            try
            {
                if (lockInTransaction)
                {
                    await AcquireTransactionLockAsync(connection, transaction, async, ct).ConfigureAwait(false);
                    if (!await _history.IsAppliedAsync(connection, transaction, migration.Id, async, ct).ConfigureAwait(false))
                    {
                        Log.RolledBackMeanwhile(_logger, migration.Id);
                        return null;
                    }

                    clock.Restart();
                }

                Log.RollingBack(_logger, migration.Id, migration.Name, statements.Count, "in one transaction");
                ReportProgress(migration, true, 0, statements.Count, clock);
                await SetTimeoutsAsync(connection, transaction, local: true, async, ct).ConfigureAwait(false);
                await RunStatementsAsync(connection, transaction, migration, MigrationDirection.Down, statements, clock, async, ct).ConfigureAwait(false);

                await _history.DeleteAsync(connection, transaction, migration.Id, async, ct).ConfigureAwait(false);
                await Db.CommitAsync(transaction, async, ct).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Log.Failed(_logger, e, migration.Id);
                throw;
            }
            finally
            {
                await Db.DisposeAsync(transaction, async).ConfigureAwait(false);
            }
        }
        else
        {
            Log.RollingBack(_logger, migration.Id, migration.Name, statements.Count, "statement by statement");
            ReportProgress(migration, true, 0, statements.Count, clock);
            var timeoutsSet = await SetTimeoutsAsync(connection, null, local: false, async, ct).ConfigureAwait(false);
            try
            {
                await RunStatementsAsync(connection, null, migration, MigrationDirection.Down, statements, clock, async, ct).ConfigureAwait(false);

                await _history.DeleteAsync(connection, null, migration.Id, async, ct).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Log.Failed(_logger, e, migration.Id);
                await TryRecordFailureAsync(
                        () => _history.RecordRollbackFailureAsync(connection, migration.Id, e.Message, async, CancellationToken.None),
                        migration.Id)
                    .ConfigureAwait(false);
                throw;
            }
            finally
            {
                if (timeoutsSet)
                    await ResetTimeoutsAsync(connection, async).ConfigureAwait(false);
            }
        }

        Log.RolledBack(_logger, migration.Id, clock.ElapsedMilliseconds);
        return new ExecutedMigration(migration.Id, migration.Name, clock.Elapsed, resumed: false);
    }

    private Task AcquireSessionLockAsync(NpgsqlConnection connection, bool async, CancellationToken ct)
        => AdvisoryLock.AcquireAsync(connection, null, _history.LockKey, _options.AdvisoryLockTimeout, _logger, async, ct);

    private Task AcquireTransactionLockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, bool async, CancellationToken ct)
        => AdvisoryLock.AcquireAsync(connection, transaction, _history.LockKey, _options.AdvisoryLockTimeout, _logger, async, ct);

    /// <summary>
    /// Creates the history table if missing, under the lock: the session's, or with
    /// <see cref="MigrationRunnerOptions.TransactionPooling"/> a transaction's of its own.
    /// </summary>
    private async Task EnsureHistoryAsync(NpgsqlConnection connection, bool async, CancellationToken ct)
    {
        if (!_options.TransactionPooling)
        {
            await _history.EnsureCreatedAsync(connection, async, ct).ConfigureAwait(false);
            return;
        }

        if (await _history.ExistsAsync(connection, async, ct).ConfigureAwait(false))
            return;
        var transaction = await Db.BeginAsync(connection, async, ct).ConfigureAwait(false);
        try
        {
            await AcquireTransactionLockAsync(connection, transaction, async, ct).ConfigureAwait(false);
            await _history.EnsureCreatedAsync(connection, async, ct).ConfigureAwait(false);
            await Db.CommitAsync(transaction, async, ct).ConfigureAwait(false);
        }
        finally
        {
            await Db.DisposeAsync(transaction, async).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A non-transactional migration runs statement by statement, and a transaction-level lock cannot
    /// cover statements in separate transactions: nothing would stop a second runner from running it too.
    /// </summary>
    private static void RefuseNonTransactional(IEnumerable<IMigration> migrations, string verb)
    {
        if (migrations.FirstOrDefault(m => !m.IsTransactional) is not { } migration)
            return;
        throw new MigrationException(
            $"Cannot {verb} {migration.Id} ({migration.Name}) with MigrationRunnerOptions.TransactionPooling: it must run outside a "
            + "transaction (CREATE INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE), where only a session-level lock keeps other runners out. "
            + "Nothing was changed. Run it over a direct connection (or a session-pooling one) without TransactionPooling.",
            migration.Id);
    }

    /// <summary>Runs every statement of one direction in order, reporting progress after each.</summary>
    private async Task RunStatementsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IMigration migration, MigrationDirection direction,
        IReadOnlyList<SqlStatement> statements, Stopwatch clock, bool async, CancellationToken ct)
    {
        var sql = direction == MigrationDirection.Up ? migration.Up : migration.Down;
        for (var i = 0; i < statements.Count; i++)
        {
            await StatementExecutor.RunAsync(connection, transaction, migration, direction, sql, statements[i], i + 1, _logger, async, ct)
                .ConfigureAwait(false);
            ReportProgress(migration, direction == MigrationDirection.Down, i + 1, statements.Count, clock);
        }
    }

    private void ReportProgress(IMigration migration, bool isRollback, int number, int count, Stopwatch clock)
        => _options.Progress?.Report(new MigrationProgress(migration.Id, migration.Name, isRollback, number, count, clock.Elapsed));

    // The connection is likely gone; the row then still says "not finished", which is the truth.
    private Task TryRecordFailureAsync(Func<Task> record, string id) => TryAsync(record, e => Log.RecordFailureFailed(_logger, e, id));

    /// <summary>Bookkeeping after a failure must not replace the failure the caller needs to see.</summary>
    private static async Task TryAsync(Func<Task> action, Action<Exception> log)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            log(e);
        }
    }

    private async Task<bool> SetTimeoutsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, bool local, bool async, CancellationToken ct)
    {
        if (_options.LockTimeout is null && _options.StatementTimeout is null)
            return false;
        await Db.ExecuteAsync(
                connection,
                transaction,
                "SELECT set_config('lock_timeout', COALESCE($1, current_setting('lock_timeout')), $3), "
                + "set_config('statement_timeout', COALESCE($2, current_setting('statement_timeout')), $3)",
                async,
                ct,
                Milliseconds(_options.LockTimeout),
                Milliseconds(_options.StatementTimeout),
                local)
            .ConfigureAwait(false);
        return true;
    }

    // Session settings outlive the run on a pooled connection unless reset.
    private Task ResetTimeoutsAsync(NpgsqlConnection connection, bool async)
        => TryAsync(
            () => Db.ExecuteAsync(connection, null, "RESET lock_timeout; RESET statement_timeout", async, CancellationToken.None),
            e => Log.ResetFailed(_logger, e));

    private static string? Milliseconds(TimeSpan? value)
        => value is { } v ? ((long)v.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms" : null;

    private static bool ChecksumsEqual(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string RequireSessionMode(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);

        // Multiplexing shares physical connections between commands, so a session-level lock and
        // session settings would not belong to the runner's session.
        if (new NpgsqlConnectionStringBuilder(connectionString).Multiplexing)
        {
            throw new ArgumentException(
                "The runner needs its own server session for its advisory lock; use a connection without Multiplexing.",
                nameof(connectionString));
        }

        return connectionString;
    }

    private static string DescribeDatabase(NpgsqlDataSource dataSource)
    {
        // Only host, port and database: never the connection string, which may hold a password.
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            return $"{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "(database)";
        }
    }
}
