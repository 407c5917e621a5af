using System.Diagnostics;
using SchemaGen.Testing;
using Xunit.Abstractions;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// Measures what every application start pays (Apply on a database that is already up to date) and
/// what a fresh database pays (100 small migrations). Prints the figures quoted in the README; asserts
/// only what the runs did, never their timing, since the machine may be busy.
/// </summary>
public class OverheadTests(ITestOutputHelper output)
{
    private const int Count = 100;
    private const int Repeats = 20;

    private static TestMigration[] Migrations() => Enumerable.Range(1, Count)
        .Select(i => new TestMigration($"{i:000}_t{i}", $"CREATE TABLE t{i} (id int PRIMARY KEY, v text);\nINSERT INTO t{i} VALUES ({i}, 'x');"))
        .ToArray();

    [Fact]
    public async Task Apply_of_100_small_migrations_and_of_an_up_to_date_database()
    {
        foreach (var pooled in new[] { false, true })
        {
            await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_overhead");
            var options = new MigrationRunnerOptions { TransactionPooling = pooled };
            await using var runner = new MigrationRunner(db.ConnectionString, Migrations(), options);

            var clock = Stopwatch.StartNew();
            var applied = await runner.ApplyAsync();
            var applyAll = clock.Elapsed;
            Assert.Equal(Count, applied.Migrations.Count);

            var upToDate = new List<TimeSpan>();
            var status = new List<TimeSpan>();
            for (var i = 0; i < Repeats; i++)
            {
                clock.Restart();
                Assert.Empty((await runner.ApplyAsync()).Migrations);
                upToDate.Add(clock.Elapsed);
                clock.Restart();
                Assert.True((await runner.GetStatusAsync()).IsUpToDate);
                status.Add(clock.Elapsed);
            }

            // A new runner (as at application start) pays for opening its first connection too.
            clock.Restart();
            await using (var cold = new MigrationRunner(db.ConnectionString, Migrations(), options))
                Assert.Empty((await cold.ApplyAsync()).Migrations);
            var coldStart = clock.Elapsed;

            output.WriteLine(
                $"{(pooled ? "TransactionPooling" : "session lock")}: apply {Count} small migrations {applyAll.TotalMilliseconds:0} ms "
                + $"({applyAll.TotalMilliseconds / Count:0.0} ms each); up-to-date apply over {Count} applied: median {Median(upToDate):0.0} ms, "
                + $"min {upToDate.Min().TotalMilliseconds:0.0} ms; new runner incl. first connection {coldStart.TotalMilliseconds:0.0} ms; "
                + $"GetStatus median {Median(status):0.0} ms");
        }
    }

    private static double Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2).TotalMilliseconds;
}
