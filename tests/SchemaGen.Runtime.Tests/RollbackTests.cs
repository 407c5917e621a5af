using SchemaGen.Testing;

namespace SchemaGen.Runtime.Tests;

public class RollbackTests
{
    private static readonly TestMigration[] Migrations =
    [
        new("001_a", "CREATE TABLE a (id int);", "DROP TABLE a;"),
        new("002_b", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);", "DROP TABLE b;"),
        new("003_c", "ALTER TABLE b ADD COLUMN c text DEFAULT 'x';", "ALTER TABLE b DROP COLUMN c;"),
    ];

    [Fact]
    public async Task Rolls_back_later_migrations_newest_first_and_applies_them_again()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_rollback");
        await using var runner = new MigrationRunner(db.ConnectionString, Migrations);
        await runner.ApplyAsync();

        var rolledBack = await runner.RollbackAsync("001_a");

        // 003 before 002: 003's DOWN needs table b, which 002's DOWN drops.
        Assert.Equal(["003_c", "002_b"], rolledBack.Migrations.Select(m => m.Id));
        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "a"));
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "b"));
        Assert.Equal(["001_a"], await Db.HistoryIdsAsync(db.ConnectionString));
        Assert.Equal(["002_b", "003_c"], (await runner.GetStatusAsync()).Pending.Select(m => m.Id));

        Assert.Equal(2, (await runner.ApplyAsync()).Migrations.Count);
        Assert.Equal("1|x", await Db.ScalarAsync<string>(db.ConnectionString, "SELECT id || '|' || c FROM b"));
    }

    [Fact]
    public async Task Rollback_to_null_undoes_everything_and_to_the_latest_does_nothing()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_rollback_all");
        using var runner = new MigrationRunner(db.ConnectionString, Migrations);
        runner.Apply();

        Assert.Empty(runner.Rollback("003_c").Migrations);
        Assert.Equal(3, runner.Rollback(null).Migrations.Count);

        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "a"));
        Assert.Empty(await Db.HistoryIdsAsync(db.ConnectionString));
    }

    [Fact]
    public async Task A_failing_down_keeps_the_migration_applied()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_rollback_fail");
        TestMigration[] migrations =
        [
            Migrations[0],
            new("002_bad_down", "CREATE TABLE d (id int);", "DROP TABLE d; DROP TABLE not_there;"),
        ];
        await using var runner = new MigrationRunner(db.ConnectionString, migrations);
        await runner.ApplyAsync();

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.RollbackAsync("001_a"));

        Assert.Equal("002_bad_down", error.MigrationId);
        Assert.Contains("DOWN statement 2", error.Message, StringComparison.Ordinal);
        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "d"));
        Assert.Equal(["001_a", "002_bad_down"], await Db.HistoryIdsAsync(db.ConnectionString));
    }

    [Fact]
    public async Task Unknown_target_is_rejected_before_anything_runs()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_rollback_target");
        await using var runner = new MigrationRunner(db.ConnectionString, Migrations);
        await runner.ApplyAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => runner.RollbackAsync("002_typo"));
        Assert.Equal(3, (await Db.HistoryIdsAsync(db.ConnectionString)).Count);
    }
}
