using Npgsql;
using SchemaGen.Cli.Tests.Fixtures;
using SchemaGen.Testing;

namespace SchemaGen.Cli.Tests;

/// <summary>
/// <c>schemagen apply</c> in its own process, killed with SIGKILL in the middle of a long migration.
/// The server only notices the dead client when the running statement ends, so the orphaned
/// session keeps its transaction and the migration lock for a while: the next run must wait for
/// it, then find a consistent history and catalog and finish the job.
/// </summary>
public class KilledApplierTests
{
    private const int SleepSeconds = 6;

    [Fact]
    public async Task Killed_in_a_transactional_migration_the_next_run_finds_it_undone_and_applies_it()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_kill_tx");
        var cs = db.ConnectionString;

        await KillDuringAsync(cs, "002");

        // 002's UPDATE ran but never committed: neither its rows nor its history row are visible.
        Assert.Equal(["001_items|t"], await ColumnAsync(cs, "SELECT concat_ws('|', id, success) FROM schemagen_history ORDER BY id"));
        Assert.Equal(0L, await ScalarAsync<long>(cs, "SELECT sum(v) FROM items"));
        Assert.Equal(ExitCodes.Pending, (await CliProcess.RunAsync("status", "-c", cs, "--assembly", CliProcess.TestAssembly)).ExitCode);

        var next = await CliProcess.RunAsync("apply", "-c", cs, "--assembly", CliProcess.TestAssembly, "--verbose");

        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Contains("applied 002_bump", next.Out);
        Assert.Contains("schemagen: Applied 002_bump in ", next.Error);
        Assert.Contains("applied 003_index", next.Out);
        await AssertFinishedAsync(cs);
    }

    [Fact]
    public async Task Killed_in_a_non_transactional_migration_the_next_run_resumes_after_the_committed_statements()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_kill_nontx");
        var cs = db.ConnectionString;

        await KillDuringAsync(cs, "003");

        // Statement 1 (CREATE TABLE audit) committed on its own; the history says so, and that the run never finished.
        Assert.Equal(
            ["001_items|t|2|t", "002_bump|t|3|t", "003_index|f|1|f"],
            await ColumnAsync(cs, "SELECT concat_ws('|', id, success, statements_applied, finished_at IS NOT NULL) FROM schemagen_history ORDER BY id"));
        Assert.True(await ScalarAsync<bool>(cs, "SELECT to_regclass('audit') IS NOT NULL"));
        var status = await CliProcess.RunAsync("status", "-c", cs, "--assembly", CliProcess.TestAssembly);
        Assert.Equal(ExitCodes.Pending, status.ExitCode);
        Assert.Contains("failed   003_index (fixture 003_index): interrupted", status.Out);

        // Re-running CREATE TABLE audit would fail: success shows the run resumed at statement 2.
        var next = await CliProcess.RunAsync("apply", "-c", cs, "--assembly", CliProcess.TestAssembly);

        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Contains("schemagen: warning: 003_index failed or was interrupted in an earlier run (interrupted); continuing from statement 2", next.Error);
        Assert.Contains("applied 003_index (fixture 003_index)", next.Out);
        Assert.DoesNotContain("002_bump", next.Out);
        await AssertFinishedAsync(cs);

        // The same catalog as an uninterrupted run.
        await using var clean = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_kill_clean");
        Assert.Equal(0, (await CliProcess.RunAsync("apply", "-c", clean.ConnectionString, "--assembly", CliProcess.TestAssembly)).ExitCode);
        var diff = CatalogSnapshot.Diff(await clean.CatalogAsync(), await db.CatalogAsync());
        Assert.True(diff.IsEmpty, diff.ToString());
    }

    [Fact]
    public async Task Interrupted_with_ctrl_c_the_running_migration_is_rolled_back_and_reported()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_sigint");
        var cs = db.ConnectionString;

        var interrupted = await KillDuringAsync(cs, "002", signal: "INT");

        Assert.True(interrupted.ExitCode == ExitCodes.Interrupted, $"{interrupted.ExitCode}: {interrupted.Error}");
        Assert.Contains("cancelled; run status to see where the database stands", interrupted.Error);
        // Cancelled, not orphaned: the server session is gone at once, with its transaction and the lock.
        Assert.Equal(0L, await ScalarAsync<long>(
            cs, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
        Assert.Equal(["001_items|t"], await ColumnAsync(cs, "SELECT concat_ws('|', id, success) FROM schemagen_history ORDER BY id"));
        Assert.Equal(0L, await ScalarAsync<long>(cs, "SELECT sum(v) FROM items"));

        Assert.Equal(0, (await CliProcess.RunAsync("apply", "-c", cs, "--assembly", CliProcess.TestAssembly, "--wait", "5")).ExitCode);
        await AssertFinishedAsync(cs);
    }

    /// <summary>Starts apply with migration <paramref name="number"/> slowed down and SIGKILLs it while that migration's sleep runs.</summary>
    private static async Task<CliRun> KillDuringAsync(string cs, string number, string signal = "KILL")
    {
        var slow = new NpgsqlConnectionStringBuilder(cs) { Options = $"-c {FixtureMigrations.SleepSetting(number)}={SleepSeconds}" }.ConnectionString;
        using var applier = CliProcess.Start("apply", "-c", slow, "--assembly", CliProcess.TestAssembly);

        var seen = false;
        for (var attempt = 0; attempt < 600 && !seen && !applier.HasExited; attempt++)
        {
            await Task.Delay(50);
            seen = await ScalarAsync<bool>(
                cs,
                $"""
                SELECT count(*) > 0 FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
                  AND query LIKE '%pg_sleep%' AND query LIKE '%sleep_{number}%'
                """);
        }

        Assert.True(seen, "the slow migration was never seen running: " + (applier.HasExited ? (await applier.WaitAsync(TimeSpan.FromSeconds(5))).Error : ""));
        if (signal == "KILL")
        {
            applier.Kill();
            var killed = await applier.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(137, killed.ExitCode);
            return killed;
        }

        using (var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, applier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        return await applier.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task AssertFinishedAsync(string cs)
    {
        Assert.Equal(
            ["001_items|t|", "002_bump|t|", "003_index|t|"],
            await ColumnAsync(cs, "SELECT concat_ws('|', id, success, coalesce(error, '')) FROM schemagen_history ORDER BY id"));
        Assert.Equal(1000L, await ScalarAsync<long>(cs, "SELECT sum(v) FROM items"));
        Assert.True(await ScalarAsync<bool>(cs, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_v'::regclass"));
        Assert.Equal(0L, await ScalarAsync<long>(
            cs, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    }

    private static async Task<T> ScalarAsync<T>(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ColumnAsync(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
