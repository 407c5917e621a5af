using SchemaGen.Testing;

namespace SchemaGen.Cli.Tests;

/// <summary>
/// Not a CI test: with SCHEMAGEN_INIT_SURVEY=/path/to/corpus (a folder of case folders holding to.sql)
/// it builds a database from every to.sql, runs init on it and diffs the written file against the
/// database, writing one line per case to SCHEMAGEN_INIT_SURVEY_OUT (default: init-survey.txt); with
/// SCHEMAGEN_INIT_SURVEY_REBUILD=1 it also builds a second database from the file and compares catalogs.
/// In-process, so a thousand cases take minutes rather than hours of CLI start-ups.
/// </summary>
public class CorpusInitSurvey
{
    [Fact]
    public async Task Survey()
    {
        var corpus = Environment.GetEnvironmentVariable("SCHEMAGEN_INIT_SURVEY");
        if (string.IsNullOrEmpty(corpus)) return;
        var output = Environment.GetEnvironmentVariable("SCHEMAGEN_INIT_SURVEY_OUT") ?? "init-survey.txt";
        using var writer = new StreamWriter(output) { AutoFlush = true };
        var cases = corpus.Split(Path.PathSeparator)
            .SelectMany(root => Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            .Where(dir => File.Exists(Path.Combine(dir, "to.sql")));
        foreach (var dir in cases)
        {
            var name = $"{Path.GetFileName(Path.GetDirectoryName(dir))}/{Path.GetFileName(dir)}";
            writer.WriteLine($"{name} {await SurveyOneAsync(dir)}");
        }
    }

    private static async Task<string> SurveyOneAsync(string dir)
    {
        using var folder = new TempDirectory();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("survey");
        try
        {
            await db.ExecuteScriptAsync(File.ReadAllText(Path.Combine(dir, "to.sql")), "to.sql");
        }
        catch (SqlScriptException)
        {
            return "INVALID";
        }
        var file = Path.Combine(folder.Path, "001_init.sql");
        var init = CliRun.Of("init", "--connection", db.ConnectionString, "--out", file, "--no-baseline");
        var warning = init.Error.Contains("warning", StringComparison.Ordinal) ? " (left out: " + OneLine(init.Error) + ")" : "";
        if (init.ExitCode != 0) return $"INIT_FAIL {OneLine(init.Error)}";
        var diff = CliRun.Of("diff", file, db.ConnectionString, "--format", "json");
        if (diff.ExitCode != 0) return $"DIFF_FAIL {OneLine(diff.Error)}";
        var json = System.Text.Json.JsonDocument.Parse(diff.Out).RootElement;
        if (json.GetProperty("up").GetString() != "" || json.GetProperty("down").GetString() != "")
            return "NONEMPTY " + OneLine(json.GetProperty("up").GetString()!);
        if (Environment.GetEnvironmentVariable("SCHEMAGEN_INIT_SURVEY_REBUILD") != "1") return "OK" + warning;

        await using var rebuilt = await PostgresServer.Shared.CreateTestDatabaseAsync("survey_rebuilt");
        try
        {
            await rebuilt.ExecuteScriptAsync(File.ReadAllText(file), "001_init.sql");
        }
        catch (SqlScriptException e)
        {
            return "REBUILD_FAIL " + OneLine(e.Message);
        }
        var expected = (await db.CatalogAsync()).Lines.Order(StringComparer.Ordinal);
        var actual = (await rebuilt.CatalogAsync()).Lines.Order(StringComparer.Ordinal);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        return missing.Count + extra.Count == 0
            ? "OK" + warning
            : $"CATALOG_DIFFERS missing: {OneLine(string.Join(" | ", missing))} extra: {OneLine(string.Join(" | ", extra))}";
    }

    private static string OneLine(string text)
    {
        var line = text.Replace('\n', ' ').Replace('\r', ' ');
        return line.Length > 300 ? line[..300] : line;
    }
}
