using Npgsql;
using SchemaGen.Runtime.History;
using SchemaGen.Testing;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// <see cref="MigrationRunnerOptions.TransactionPooling"/>: each migration's transaction holds the
/// lock, so no session state is needed. Run here over direct connections, where a leftover session
/// lock or a migration applied twice would show just the same.
/// </summary>
public class TransactionPoolingTests
{
    private const int Runners = 8;

    // Not idempotent (plain CREATE TABLE, a log row each): a second application would fail or add a row.
    private static IMigration[] Migrations() =>
    [
        new TestMigration("001_log", "CREATE TABLE applied_log (id text NOT NULL);\nINSERT INTO applied_log VALUES ('001_log');\nSELECT pg_sleep(0.2);", "DROP TABLE applied_log;"),
        .. Enumerable.Range(2, 5).Select(i => new TestMigration(
            $"{i:000}_t{i}",
            $"CREATE TABLE t{i} (id int);\nINSERT INTO applied_log VALUES ('{i:000}_t{i}');\nSELECT pg_sleep(0.05);",
            $"DROP TABLE t{i};\nDELETE FROM applied_log WHERE id = '{i:000}_t{i}';")),
    ];

    [Fact]
    public async Task Parallel_runners_in_both_lock_modes_apply_each_migration_exactly_once()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_pooling_concurrent");
        var migrations = Migrations();
        using var start = new ManualResetEventSlim();

        // Half lock per transaction, half per session: the two kinds of advisory lock on one key exclude each other.
        var tasks = Enumerable.Range(0, Runners).Select(n => Task.Run(async () =>
        {
            var options = new MigrationRunnerOptions { TransactionPooling = n % 2 == 0 };
            await using var runner = new MigrationRunner(db.ConnectionString, migrations, options);
            start.Wait();
            return n % 4 < 2 ? await runner.ApplyAsync() : runner.Apply();
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(migrations.Select(m => m.Id), results.SelectMany(r => r.Migrations).Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(migrations.Select(m => m.Id), await Db.ColumnAsync(db.ConnectionString, "SELECT id FROM applied_log ORDER BY id"));
        Assert.Equal(
            migrations.Select(m => m.Id + "|t"),
            await Db.ColumnAsync(db.ConnectionString, "SELECT concat_ws('|', id, success) FROM schemagen_history ORDER BY id"));
        Assert.Equal(0L, await AdvisoryLocksAsync(db.ConnectionString));
    }

    [Fact]
    public async Task Apply_rollback_and_baseline_hold_no_session_lock()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_pooling_session");
        var migrations = Migrations();
        var options = new MigrationRunnerOptions { TransactionPooling = true, AdvisoryLockTimeout = TimeSpan.FromSeconds(1) };
        await using var runner = new MigrationRunner(db.ConnectionString, migrations, options);

        // A session-level holder of the key blocks the pooled runner (the modes exclude each other) ...
        await using (var holder = new NpgsqlConnection(db.ConnectionString))
        {
            await holder.OpenAsync();
            await using var lockIt = new NpgsqlCommand("SELECT pg_advisory_lock($1)", holder);
            lockIt.Parameters.Add(new NpgsqlParameter { Value = new HistoryTable("public", "schemagen_history").LockKey });
            await lockIt.ExecuteScalarAsync();
            var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());
            Assert.Contains($"backend pid {holder.ProcessID}", error.Message, StringComparison.Ordinal);
        }

        // ... and once it is gone, every operation leaves no lock behind on the pooled connection's session.
        Assert.Equal(6, (await runner.ApplyAsync()).Migrations.Count);
        Assert.Equal(0L, await AdvisoryLocksAsync(db.ConnectionString));
        Assert.Equal(["006_t6", "005_t5"], (await runner.RollbackAsync("004_t4")).Migrations.Select(m => m.Id));
        Assert.Equal(["001_log", "002_t2", "003_t3", "004_t4"], await Db.ColumnAsync(db.ConnectionString, "SELECT id FROM applied_log ORDER BY id"));
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "t5"));

        await using (var again = new MigrationRunner(db.ConnectionString, migrations, options))
            Assert.Equal(["005_t5"], (await again.BaselineAsync("005_t5")).Migrations.Select(m => m.Id));
        Assert.Equal(["006_t6"], (await runner.ApplyAsync()).Migrations.Select(m => m.Id));
        Assert.Equal(0L, await AdvisoryLocksAsync(db.ConnectionString));
    }

    [Fact]
    public async Task A_non_transactional_migration_is_refused_before_anything_runs()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_pooling_nontx");
        IMigration[] migrations =
        [
            new TestMigration("001_t", "CREATE TABLE t (id int);", "DROP TABLE t;"),
            new TestMigration("002_index", "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_id ON t (id);", "DROP INDEX CONCURRENTLY IF EXISTS t_id;", transactional: false),
        ];
        await using var pooled = new MigrationRunner(db.ConnectionString, migrations, new MigrationRunnerOptions { TransactionPooling = true });

        var error = await Assert.ThrowsAsync<MigrationException>(() => pooled.ApplyAsync());

        Assert.Equal("002_index", error.MigrationId);
        Assert.Contains("direct connection", error.Message, StringComparison.Ordinal);
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "t"));

        // Applied over a direct connection, it is also refused for rollback.
        await using (var direct = new MigrationRunner(db.ConnectionString, migrations))
            await direct.ApplyAsync();
        var rollback = await Assert.ThrowsAsync<MigrationException>(() => pooled.RollbackAsync(null));
        Assert.Equal("002_index", rollback.MigrationId);
        Assert.Equal(["001_t", "002_index"], await Db.HistoryIdsAsync(db.ConnectionString));
    }

    private static Task<long> AdvisoryLocksAsync(string cs)
        => Db.ScalarAsync<long>(cs, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
}
