using System.Diagnostics;
using SchemaGen.Testing;
using Xunit.Abstractions;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// Measures what every application start pays: Apply on a database that is already up to date.
/// The bounds are loose (a shared CI machine); the printed timings are the numbers to report.
/// </summary>
public class OverheadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hundred_migrations_apply_quickly_and_an_up_to_date_apply_is_cheap()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_overhead");
        var migrations = Enumerable.Range(1, 100)
            .Select(i => new TestMigration($"{i:000}_t{i}", $"CREATE TABLE t{i} (id int PRIMARY KEY, v text);\nINSERT INTO t{i} VALUES ({i}, 'x');"))
            .ToArray();
        await using var runner = new MigrationRunner(db.ConnectionString, migrations);

        var clock = Stopwatch.StartNew();
        var applied = await runner.ApplyAsync();
        var applyAll = clock.Elapsed;

        clock.Restart();
        const int repeats = 10;
        for (var i = 0; i < repeats; i++)
            Assert.Empty((await runner.ApplyAsync()).Migrations);
        var upToDate = clock.Elapsed / repeats;

        output.WriteLine($"apply 100 small migrations: {applyAll.TotalMilliseconds:0} ms; up-to-date apply over 100 applied: {upToDate.TotalMilliseconds:0.0} ms");
        Assert.Equal(100, applied.Migrations.Count);
        Assert.True(applyAll < TimeSpan.FromSeconds(60), $"applying took {applyAll}");
        Assert.True(upToDate < TimeSpan.FromSeconds(2), $"an up-to-date apply took {upToDate}");
    }
}
