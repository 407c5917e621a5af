using SchemaGen.Testing;

namespace SchemaGen.Runtime.Tests;

public class StatusTests
{
    private static readonly TestMigration First = new("001_a", "CREATE TABLE a (id int);", "DROP TABLE a;");
    private static readonly TestMigration Second = new("002_b", "CREATE TABLE b (id int);", "DROP TABLE b;");
    private static readonly TestMigration Third = new("003_c", "CREATE TABLE c (id int);", "DROP TABLE c;");

    [Fact]
    public async Task Status_of_an_empty_database_lists_everything_pending_without_creating_the_history()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_status_empty");
        await using var runner = new MigrationRunner(db.ConnectionString, [First, Second]);

        var status = await runner.GetStatusAsync();

        Assert.Equal(["001_a", "002_b"], status.Pending.Select(m => m.Id));
        Assert.Empty(status.Applied);
        Assert.False(status.IsUpToDate);
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "schemagen_history"));
    }

    [Fact]
    public async Task Checksum_drift_is_reported_and_refused_unless_allowed()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_drift");
        await using (var original = new MigrationRunner(db.ConnectionString, [First]))
            await original.ApplyAsync();

        var edited = new TestMigration("001_a", "CREATE TABLE a (id bigint);", "DROP TABLE a;");
        await using var runner = new MigrationRunner(db.ConnectionString, [edited, Second]);

        var status = await runner.GetStatusAsync();
        var drifted = Assert.Single(status.Drifted);
        Assert.Equal("001_a", drifted.Id);
        Assert.Equal(First.Checksum, drifted.Checksum);
        Assert.False(status.IsUpToDate);

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());
        Assert.Equal("001_a", error.MigrationId);
        Assert.Contains("001_a", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowChecksumDrift", error.Message, StringComparison.Ordinal);
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "b"));
        await Assert.ThrowsAsync<MigrationException>(() => runner.RollbackAsync(null));
        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "a"));

        await using var tolerant = new MigrationRunner(
            db.ConnectionString, [edited, Second], new MigrationRunnerOptions { AllowChecksumDrift = true });
        Assert.Equal(["002_b"], (await tolerant.ApplyAsync()).Migrations.Select(m => m.Id));
    }

    [Fact]
    public async Task Applied_migrations_unknown_to_the_code_are_reported_and_not_rolled_back_blindly()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_unknown");
        await using (var newer = new MigrationRunner(db.ConnectionString, [First, Second]))
            await newer.ApplyAsync();

        await using var older = new MigrationRunner(db.ConnectionString, [First]);
        var status = await older.GetStatusAsync();

        Assert.Equal(["002_b"], status.Unknown.Select(r => r.Id));
        Assert.True(status.IsUpToDate);
        Assert.Empty((await older.ApplyAsync()).Migrations);

        var error = await Assert.ThrowsAsync<MigrationException>(() => older.RollbackAsync(null));
        Assert.Equal("002_b", error.MigrationId);
        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "b"));
    }

    [Fact]
    public async Task A_pending_migration_older_than_an_applied_one_is_refused_unless_allowed()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_out_of_order");
        await using (var branch = new MigrationRunner(db.ConnectionString, [First, Third]))
            await branch.ApplyAsync();

        await using var merged = new MigrationRunner(db.ConnectionString, [First, Second, Third]);
        var error = await Assert.ThrowsAsync<MigrationException>(() => merged.ApplyAsync());
        Assert.Equal("002_b", error.MigrationId);

        await using var allowing = new MigrationRunner(
            db.ConnectionString, [First, Second, Third], new MigrationRunnerOptions { AllowOutOfOrder = true });
        Assert.Equal(["002_b"], (await allowing.ApplyAsync()).Migrations.Select(m => m.Id));
    }
}
