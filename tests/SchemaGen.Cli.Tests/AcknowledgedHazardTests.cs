using System.Text.Json;

namespace SchemaGen.Cli.Tests;

public class AcknowledgedHazardTests
{
    private const string V1 = "CREATE TABLE users (\n    id integer PRIMARY KEY,\n    nickname text\n);\n";

    [Fact]
    public void Sql_mode_does_not_print_a_hazard_acknowledged_next_to_its_object()
    {
        using var dir = new TempDirectory();
        var v1 = dir.File("v1.sql", "CREATE TABLE users (\n    id integer PRIMARY KEY,\n    -- schemagen:allow SG1002 nobody reads nicknames\n    nickname text\n);\n");
        var v2 = dir.File("v2.sql", "CREATE TABLE users (\n    id integer PRIMARY KEY\n);\n");

        var run = CliRun.Of("diff", v1, v2);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("SG1002", run.Error);
        Assert.Contains("DROP COLUMN IF EXISTS nickname", run.Out);
    }

    [Fact]
    public void Sql_mode_prints_the_same_hazard_when_nothing_acknowledges_it()
    {
        using var dir = new TempDirectory();
        var v1 = dir.File("v1.sql", V1);
        var v2 = dir.File("v2.sql", "CREATE TABLE users (\n    id integer PRIMARY KEY\n);\n");

        var run = CliRun.Of("diff", v1, v2);

        Assert.Contains($"{v1}:3:5: error SG1002:", run.Error);
    }

    [Fact]
    public void Json_mode_keeps_acknowledged_hazards_and_marks_them()
    {
        using var dir = new TempDirectory();
        var v1 = dir.File("v1.sql", "CREATE TABLE users (\n    id integer PRIMARY KEY,\n    nickname text -- schemagen:allow SG1002 unused\n);\n");
        var v2 = dir.File("v2.sql", "CREATE TABLE users (\n    id integer PRIMARY KEY\n);\n");

        var run = CliRun.Of("diff", v1, v2, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var hazard = json.RootElement.GetProperty("hazards").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "SG1002");
        Assert.True(hazard.GetProperty("acknowledged").GetBoolean());
    }
}
