using SchemaGen.Testing;

namespace SchemaGen.Runtime.Tests;

public class OptionsAndBaselineTests
{
    private static readonly TestMigration[] Migrations =
    [
        new("001_a", "CREATE TABLE a (id int);", "DROP TABLE a;"),
        new("002_b", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);", "DROP TABLE b;"),
        new("003_c", "ALTER TABLE b ADD COLUMN c text DEFAULT 'x';", "ALTER TABLE b DROP COLUMN c;"),
    ];

    [Fact]
    public async Task Target_applies_up_to_and_including_it_and_later_calls_continue()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_target");
        await using (var runner = new MigrationRunner(db.ConnectionString, Migrations, new MigrationRunnerOptions { TargetId = "002_b" }))
        {
            var result = await runner.ApplyAsync();
            Assert.Equal(["001_a", "002_b"], result.Migrations.Select(m => m.Id));
            Assert.Empty((await runner.ApplyAsync()).Migrations);
        }

        Assert.Equal(["001_a", "002_b"], await Db.HistoryIdsAsync(db.ConnectionString));
        await using var all = new MigrationRunner(db.ConnectionString, Migrations);
        Assert.Equal(["003_c"], (await all.ApplyAsync()).Migrations.Select(m => m.Id));
    }

    [Fact]
    public void An_unknown_target_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new MigrationRunner("Host=localhost", Migrations, new MigrationRunnerOptions { TargetId = "009_nope" }));
        Assert.Contains("009_nope", error.Message);
    }

    [Fact]
    public async Task Dry_run_reports_what_would_run_and_changes_nothing()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_dryrun");
        await using (var first = new MigrationRunner(db.ConnectionString, Migrations, new MigrationRunnerOptions { TargetId = "001_a" }))
            await first.ApplyAsync();

        await using var runner = new MigrationRunner(db.ConnectionString, Migrations, new MigrationRunnerOptions { DryRun = true });
        var result = await runner.ApplyAsync();

        Assert.True(result.IsDryRun);
        Assert.Equal(["002_b", "003_c"], result.Migrations.Select(m => m.Id));
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "b"));
        Assert.Equal(["001_a"], await Db.HistoryIdsAsync(db.ConnectionString));

        var rollback = await runner.RollbackAsync(null);
        Assert.True(rollback.IsDryRun);
        Assert.Equal(["001_a"], rollback.Migrations.Select(m => m.Id));
        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "a"));
        Assert.Equal(["001_a"], await Db.HistoryIdsAsync(db.ConnectionString));
    }

    [Fact]
    public async Task Dry_run_on_an_empty_database_does_not_create_the_history_table()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_dryrun_empty");
        await using var runner = new MigrationRunner(db.ConnectionString, Migrations, new MigrationRunnerOptions { DryRun = true });

        Assert.Equal(3, (await runner.ApplyAsync()).Migrations.Count);
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "public.schemagen_history"));
    }

    [Fact]
    public async Task Progress_is_reported_when_a_migration_starts_and_after_each_statement()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_progress");
        var reports = new List<MigrationProgress>();
        var options = new MigrationRunnerOptions { Progress = new SynchronousProgress(reports.Add) };
        await using var runner = new MigrationRunner(db.ConnectionString, Migrations, options);

        await runner.ApplyAsync();
        await runner.RollbackAsync("002_b");

        Assert.Equal(
            ["001_a 0/1 up", "001_a 1/1 up", "002_b 0/2 up", "002_b 1/2 up", "002_b 2/2 up", "003_c 0/1 up", "003_c 1/1 up", "003_c 0/1 down", "003_c 1/1 down"],
            reports.Select(r => $"{r.MigrationId} {r.StatementNumber}/{r.StatementCount} {(r.IsRollback ? "down" : "up")}"));
        Assert.All(reports, r => Assert.True(r.Elapsed >= TimeSpan.Zero));
    }

    [Fact]
    public async Task Baseline_records_without_running_and_apply_then_runs_only_later_ones()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_baseline");
        // The existing database already has what 001 and 002 create.
        await using (var connection = new Npgsql.NpgsqlConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("CREATE TABLE a (id int); CREATE TABLE b (id int); INSERT INTO b VALUES (7);", connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var runner = new MigrationRunner(db.ConnectionString, Migrations);
        var baselined = await runner.BaselineAsync("002_b");

        Assert.Equal(["001_a", "002_b"], baselined.Migrations.Select(m => m.Id));
        Assert.Equal(["001_a", "002_b"], await Db.HistoryIdsAsync(db.ConnectionString));
        Assert.Equal(7, await Db.ScalarAsync<int>(db.ConnectionString, "SELECT count(*)::int * 7 FROM b"));
        Assert.Empty(runner.Baseline("002_b").Migrations);

        var applied = await runner.ApplyAsync();
        Assert.Equal(["003_c"], applied.Migrations.Select(m => m.Id));
        Assert.Equal("7|x", await Db.ScalarAsync<string>(db.ConnectionString, "SELECT id || '|' || c FROM b"));
        Assert.True((await runner.GetStatusAsync()).IsUpToDate);
    }

    [Fact]
    public async Task Progress_covers_non_transactional_migrations_and_dry_run_honours_the_target()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_progress_nontx");
        TestMigration[] migrations =
        [
            Migrations[0],
            new("002_idx", "CREATE INDEX CONCURRENTLY IF NOT EXISTS a_id ON a (id);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS a_id2 ON a (id);",
                "DROP INDEX CONCURRENTLY IF EXISTS a_id2; DROP INDEX CONCURRENTLY IF EXISTS a_id;", transactional: false),
            new("003_c", "CREATE TABLE c (id int);", "DROP TABLE c;"),
        ];

        await using (var dry = new MigrationRunner(db.ConnectionString, migrations, new MigrationRunnerOptions { DryRun = true, TargetId = "002_idx" }))
            Assert.Equal(["001_a", "002_idx"], (await dry.ApplyAsync()).Migrations.Select(m => m.Id));

        var reports = new List<string>();
        var options = new MigrationRunnerOptions
        {
            TargetId = "002_idx",
            Progress = new SynchronousProgress(p => reports.Add($"{p.MigrationId} {p.StatementNumber}/{p.StatementCount}")),
        };
        await using var runner = new MigrationRunner(db.ConnectionString, migrations, options);
        await runner.ApplyAsync();

        Assert.Equal(["001_a 0/1", "001_a 1/1", "002_idx 0/2", "002_idx 1/2", "002_idx 2/2"], reports);
        Assert.Equal(["001_a", "002_idx"], await Db.HistoryIdsAsync(db.ConnectionString));
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "c"));
    }

    [Fact]
    public async Task Baseline_to_an_unknown_id_is_refused()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_baseline_unknown");
        await using var runner = new MigrationRunner(db.ConnectionString, Migrations);
        await Assert.ThrowsAsync<ArgumentException>(() => runner.BaselineAsync("004_missing"));
    }
}
