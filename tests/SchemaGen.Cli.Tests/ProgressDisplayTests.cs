using System.Text.RegularExpressions;
using SchemaGen.Runtime;
using SchemaGen.Testing;

namespace SchemaGen.Cli.Tests;

public class ProgressDisplayTests
{
    [Fact]
    public async Task Plain_lines_off_a_terminal_and_one_redrawn_line_on_it()
    {
        var reports = await ReportsOfARealApplyAsync();

        var plain = new StringWriter { NewLine = "\n" };
        using (var display = new ProgressDisplay(plain, interactive: false))
        {
            foreach (var report in reports) display.Report(report);
        }

        Assert.Equal(
            [
                "schemagen: applying 001_items (fixture 001_items): 2 statement(s)",
                "schemagen: applying 001_items: statement 1/2 done",
                "schemagen: applying 001_items: statement 2/2 done",
                "schemagen: applying 002_bump (fixture 002_bump): 3 statement(s)",
            ],
            plain.ToString().Split('\n').Take(4).Select(l => Regex.Replace(l, @" \(\d+\.\d s\)$", "")));
        Assert.DoesNotContain("\r", plain.ToString());

        var terminal = new StringWriter();
        using (var display = new ProgressDisplay(terminal, interactive: true))
        {
            display.Report(reports[0]);
            display.Redraw();
            Assert.Matches(@"^\u001b\[Kschemagen: applying 001_items: statement 1/2 running for \d+\.\d s \(\d+\.\d s in this migration\)$", terminal.ToString().Split('\r')[^1]);
            display.Report(reports[1]);
        }

        var text = terminal.ToString();
        Assert.DoesNotContain("\n", text);
        Assert.Contains("\r\u001b[Kschemagen: applying 001_items: statement 2/2 running for", text);
        Assert.EndsWith("\r\u001b[K", text);
    }

    private static async Task<List<MigrationProgress>> ReportsOfARealApplyAsync()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_progress");
        var reports = new List<MigrationProgress>();
        var options = new MigrationRunnerOptions { Progress = new Collect(reports) };
        await using var runner = new MigrationRunner(db.ConnectionString, AssemblyMigrations.Load(CliProcess.TestAssembly), options);
        await runner.ApplyAsync();
        return reports;
    }

    private sealed class Collect(List<MigrationProgress> reports) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => reports.Add(value);
    }
}
