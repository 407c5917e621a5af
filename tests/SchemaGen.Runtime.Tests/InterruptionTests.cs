using SchemaGen.Testing;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// The runner's server session is killed mid-migration (pg_terminate_backend), which leaves the
/// database exactly as a SIGKILLed application process would: whatever had committed, nothing more.
/// </summary>
public class InterruptionTests
{
    private static readonly TestMigration CreateUsers = new("001_users", "CREATE TABLE users (id bigint PRIMARY KEY);", "DROP TABLE users;");

    [Fact]
    public async Task A_killed_transactional_migration_leaves_nothing_and_the_next_run_applies_it()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_kill_tx");
        var slow = new TestMigration("002_slow", "CREATE TABLE t (id int);\nSELECT pg_sleep(3);\nINSERT INTO t VALUES (1);");
        var apply = ApplyAndKillAsync(db.ConnectionString, [CreateUsers, slow], "pg_sleep(3)");

        var error = await Assert.ThrowsAsync<MigrationException>(() => apply);
        Assert.Equal("002_slow", error.MigrationId);
        Assert.Equal(2, error.StatementNumber);

        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "t"));
        Assert.Equal(["001_users"], await Db.HistoryIdsAsync(db.ConnectionString));
        await using var next = new MigrationRunner(db.ConnectionString, [CreateUsers, slow]);
        Assert.Equal(["002_slow"], (await next.ApplyAsync()).Migrations.Select(m => m.Id));
        Assert.Equal(1L, await Db.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM t"));
    }

    [Fact]
    public async Task A_killed_non_transactional_migration_is_reported_and_resumed()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_kill_nontx");
        var slow = new TestMigration(
            "002_slow",
            "CREATE TABLE t (id int);\nSELECT pg_sleep(3);\nCREATE INDEX CONCURRENTLY t_id ON t (id);",
            transactional: false);
        var apply = ApplyAndKillAsync(db.ConnectionString, [CreateUsers, slow], "pg_sleep(3)");

        var error = await Assert.ThrowsAsync<MigrationException>(() => apply);
        Assert.Equal("002_slow", error.MigrationId);
        Assert.Equal(2, error.StatementNumber);

        await using var next = new MigrationRunner(db.ConnectionString, [CreateUsers, slow]);
        var status = await next.GetStatusAsync();
        var interrupted = Assert.Single(status.Failed);
        Assert.Equal("002_slow", interrupted.Id);
        Assert.Null(interrupted.FinishedAt);
        Assert.Equal(1, interrupted.StatementsApplied);

        // Statement 1 (a plain CREATE TABLE) would fail if re-run: success shows the resume point.
        var result = await next.ApplyAsync();
        Assert.True(Assert.Single(result.Migrations).Resumed);
        Assert.True(await Db.ScalarAsync<bool>(db.ConnectionString, "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_id'::regclass"));
        Assert.True((await next.GetStatusAsync()).IsUpToDate);
    }

    private static async Task ApplyAndKillAsync(string connectionString, IMigration[] migrations, string runningQuery)
    {
        // Timeouts make the runner reset session settings after a failure, on a dead connection:
        // that cleanup must not hide the migration's own error.
        var options = new MigrationRunnerOptions { StatementTimeout = TimeSpan.FromMinutes(1), LockTimeout = TimeSpan.FromMinutes(1) };
        await using var runner = new MigrationRunner(connectionString, migrations, options);
        var apply = runner.ApplyAsync();
        var killed = false;
        for (var attempt = 0; attempt < 300 && !killed && !apply.IsCompleted; attempt++)
        {
            await Task.Delay(50);
            killed = await Db.ScalarAsync<bool>(
                connectionString,
                $"""
                SELECT coalesce(bool_or(pg_terminate_backend(pid)), false) FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%{runningQuery}%'
                """);
        }

        Assert.True(killed, "the migration's session was never seen running");
        await apply;
    }
}
