using Npgsql;
using SchemaGen.Runtime.History;
using SchemaGen.Testing;

namespace SchemaGen.Runtime.Tests;

public class ConcurrencyTests
{
    private const int Runners = 8;

    // Not idempotent on purpose (plain CREATE TABLE / CREATE INDEX, a log row each): a second
    // application would fail or leave a second row.
    private static IMigration[] Migrations()
    {
        var migrations = new List<IMigration>
        {
            new TestMigration(
                "001_log",
                "CREATE TABLE applied_log (id text NOT NULL);\nCREATE TABLE t1 (id int);\nINSERT INTO applied_log VALUES ('001_log');\nSELECT pg_sleep(0.3);"),
            // Runs while the other runners are waiting: it would deadlock with waiters that sit
            // in an open statement (a blocking pg_advisory_lock call) instead of polling.
            new TestMigration(
                "002_index",
                "INSERT INTO applied_log VALUES ('002_index');\nCREATE INDEX CONCURRENTLY t1_id ON t1 (id);",
                transactional: false),
        };
        for (var i = 3; i <= 6; i++)
        {
            var id = $"{i:000}_t{i}";
            migrations.Add(new TestMigration(id, $"CREATE TABLE t{i} (id int);\nINSERT INTO applied_log VALUES ('{id}');"));
        }

        return [.. migrations];
    }

    [Fact]
    public async Task Parallel_runners_apply_each_migration_exactly_once()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_concurrent");
        var migrations = Migrations();
        using var start = new ManualResetEventSlim();

        // Separate runners and connections, half on the sync path, all released at once.
        var tasks = Enumerable.Range(0, Runners).Select(n => Task.Run(async () =>
        {
            await using var runner = new MigrationRunner(db.ConnectionString, migrations);
            start.Wait();
            return n % 2 == 0 ? await runner.ApplyAsync() : runner.Apply();
        })).ToArray();
        start.Set();
        // A regression to blocking waiters hangs rather than fails (checked by hand: the concurrent
        // index waits for the waiters' snapshots forever), hence the bound.
        var results = await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(90));

        var appliedByAll = results.SelectMany(r => r.Migrations).Select(m => m.Id).Order(StringComparer.Ordinal);
        Assert.Equal(migrations.Select(m => m.Id), appliedByAll);
        Assert.Equal(
            migrations.Select(m => m.Id),
            await Db.ColumnAsync(db.ConnectionString, "SELECT id FROM applied_log ORDER BY id"));
        Assert.Equal(
            migrations.Select(m => m.Id + "|true"),
            await Db.ColumnAsync(db.ConnectionString, "SELECT id || '|' || success FROM schemagen_history ORDER BY id"));
        Assert.True(await Db.ScalarAsync<bool>(db.ConnectionString, "SELECT indisvalid FROM pg_index WHERE indexrelid = 't1_id'::regclass"));
        Assert.Equal(0L, await Db.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    }

    [Fact]
    public async Task A_runner_gives_up_waiting_for_the_lock_after_the_timeout_and_names_the_holder()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_lock_wait");
        await using var holder = new NpgsqlConnection(db.ConnectionString);
        await holder.OpenAsync();
        await using (var lockIt = new NpgsqlCommand("SELECT pg_advisory_lock($1)", holder))
        {
            lockIt.Parameters.Add(new NpgsqlParameter { Value = new HistoryTable("public", "schemagen_history").LockKey });
            await lockIt.ExecuteScalarAsync();
        }

        var options = new MigrationRunnerOptions { AdvisoryLockTimeout = TimeSpan.FromMilliseconds(700) };
        await using var runner = new MigrationRunner(db.ConnectionString, Migrations(), options);
        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());

        Assert.Contains($"backend pid {holder.ProcessID}", error.Message, StringComparison.Ordinal);
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "applied_log"));

        // Once the holder is gone the same runner proceeds.
        await holder.CloseAsync();
        Assert.Equal(6, (await runner.ApplyAsync()).Migrations.Count);
    }

    [Fact]
    public async Task An_up_to_date_apply_does_not_wait_for_the_lock_but_a_pending_one_does()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_lock_uptodate");
        var migrations = Migrations();
        await using (var first = new MigrationRunner(db.ConnectionString, migrations.Take(5)))
            await first.ApplyAsync();
        await using var holder = new NpgsqlConnection(db.ConnectionString);
        await holder.OpenAsync();
        await using (var lockIt = new NpgsqlCommand("SELECT pg_advisory_lock($1)", holder))
        {
            lockIt.Parameters.Add(new NpgsqlParameter { Value = new HistoryTable("public", "schemagen_history").LockKey });
            await lockIt.ExecuteScalarAsync();
        }

        var options = new MigrationRunnerOptions { AdvisoryLockTimeout = TimeSpan.FromMilliseconds(500) };
        await using (var upToDate = new MigrationRunner(db.ConnectionString, migrations.Take(5), options))
            Assert.Empty((await upToDate.ApplyAsync()).Migrations);
        await using (var targeted = new MigrationRunner(db.ConnectionString, migrations, new MigrationRunnerOptions { TargetId = "005_t5", AdvisoryLockTimeout = TimeSpan.FromMilliseconds(500) }))
            Assert.Empty((await targeted.ApplyAsync()).Migrations);
        await using var pending = new MigrationRunner(db.ConnectionString, migrations, options);
        await Assert.ThrowsAsync<MigrationException>(() => pending.ApplyAsync());
    }

    [Fact]
    public async Task Runners_with_different_history_tables_do_not_wait_for_each_other()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_lock_keys");
        await using var holder = new NpgsqlConnection(db.ConnectionString);
        await holder.OpenAsync();
        await using (var lockIt = new NpgsqlCommand("SELECT pg_advisory_lock($1)", holder))
        {
            lockIt.Parameters.Add(new NpgsqlParameter { Value = new HistoryTable("public", "schemagen_history").LockKey });
            await lockIt.ExecuteScalarAsync();
        }

        var options = new MigrationRunnerOptions { HistoryTable = "other_app_history", AdvisoryLockTimeout = TimeSpan.FromSeconds(1) };
        await using var runner = new MigrationRunner(db.ConnectionString, [new TestMigration("001_x", "CREATE TABLE x (id int)")], options);

        Assert.Single((await runner.ApplyAsync()).Migrations);
    }

    [Fact]
    public async Task A_lost_lock_stops_the_run_before_the_next_migration()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_lock_lost");
        TestMigration[] migrations =
        [
            new("001_unlocks", "CREATE TABLE a (id int);\nSELECT pg_advisory_unlock_all();"),
            new("002_next", "CREATE TABLE b (id int);"),
        ];
        await using var runner = new MigrationRunner(db.ConnectionString, migrations);

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());

        Assert.Contains("no longer holds the SchemaGen migration lock", error.Message, StringComparison.Ordinal);
        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "a"));
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "b"));
    }
}
