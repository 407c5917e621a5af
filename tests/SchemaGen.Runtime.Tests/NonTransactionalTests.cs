using SchemaGen.Testing;

namespace SchemaGen.Runtime.Tests;

public class NonTransactionalTests
{
    private static readonly TestMigration CreateUsers = new(
        "001_users", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);", "DROP TABLE users;");

    [Fact]
    public async Task Create_index_concurrently_applies_and_is_valid()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_cic");
        var index = new TestMigration(
            "002_index",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (email);",
            "DROP INDEX CONCURRENTLY IF EXISTS users_email_key;\nDROP INDEX CONCURRENTLY IF EXISTS users_email;",
            transactional: false);
        await using var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, index]);

        var result = await runner.ApplyAsync();

        Assert.Equal(["001_users", "002_index"], result.Migrations.Select(m => m.Id));
        Assert.Equal(
            ["users_email_key|true", "users_email|true"],
            await Db.ColumnAsync(
                db.ConnectionString,
                "SELECT c.relname || '|' || i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'users_email%' ORDER BY 1"));
        Assert.Equal("t|2|t", await Db.ScalarAsync<string>(
            db.ConnectionString, "SELECT concat_ws('|', success, statements_applied, finished_at IS NOT NULL) FROM schemagen_history WHERE id = '002_index'"));

        await runner.RollbackAsync("001_users");
        Assert.Empty(await Db.ColumnAsync(db.ConnectionString, "SELECT relname FROM pg_class WHERE relname LIKE 'users_email%'"));
        Assert.Equal(["001_users"], await Db.HistoryIdsAsync(db.ConnectionString));
    }

    [Fact]
    public async Task A_failure_half_way_is_recorded_and_the_next_run_resumes_at_the_failed_statement()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_resume");
        // Statement 1 is deliberately not idempotent: re-running it would fail, so success on the
        // second run proves the runner continued at statement 3 instead of starting over.
        var backfill = new TestMigration(
            "002_backfill",
            "CREATE TABLE audit (id bigint);\nCREATE INDEX CONCURRENTLY audit_id ON audit (id);\nINSERT INTO audit SELECT id FROM source_rows;",
            transactional: false);
        await using var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, backfill]);

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());
        Assert.Equal(3, error.StatementNumber);

        var status = await runner.GetStatusAsync();
        var failed = Assert.Single(status.Failed);
        Assert.Equal("002_backfill", failed.Id);
        Assert.False(failed.Success);
        Assert.Contains("source_rows", failed.Error, StringComparison.Ordinal);
        Assert.Equal(["002_backfill"], status.Pending.Select(m => m.Id));
        Assert.Equal(["001_users"], status.Applied.Select(m => m.Id));

        await Db.ScalarAsync<object>(db.ConnectionString, "CREATE TABLE source_rows AS SELECT 7::bigint AS id");
        var reports = new List<string>();
        var withProgress = new MigrationRunnerOptions { Progress = new SynchronousProgress(p => reports.Add($"{p.StatementNumber}/{p.StatementCount}")) };
        await using var resumer = new MigrationRunner(db.ConnectionString, [CreateUsers, backfill], withProgress);
        var result = await resumer.ApplyAsync();

        // The progress starts where the earlier run stopped.
        Assert.Equal(["2/3", "3/3"], reports);

        var resumed = Assert.Single(result.Migrations);
        Assert.True(resumed.Resumed);
        Assert.Equal(7L, await Db.ScalarAsync<long>(db.ConnectionString, "SELECT id FROM audit"));
        Assert.True((await runner.GetStatusAsync()).IsUpToDate);
        Assert.Equal("t||3", await Db.ScalarAsync<string>(
            db.ConnectionString, "SELECT concat_ws('|', success, coalesce(error, ''), statements_applied) FROM schemagen_history WHERE id = '002_backfill'"));
    }

    [Fact]
    public async Task An_edited_failed_migration_reruns_from_the_start()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_rerun");
        var broken = new TestMigration(
            "002_fill", "CREATE TABLE audit (id bigint);\nINSERT INTO audit VALUES (1/0);", transactional: false);
        await using (var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, broken]))
            await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());

        var edited = new TestMigration(
            "002_fill", "INSERT INTO audit VALUES (10);\nINSERT INTO audit VALUES (20);", transactional: false);
        await using (var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, edited]))
            await runner.ApplyAsync();

        // The old run had committed one statement; resuming the new text after its first
        // statement would have lost the 10.
        Assert.Equal(30m, await Db.ScalarAsync<decimal>(db.ConnectionString, "SELECT sum(id) FROM audit"));
    }
}
