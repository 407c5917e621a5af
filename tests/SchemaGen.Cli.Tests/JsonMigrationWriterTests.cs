using System.Text.Json;
using SchemaGen.Core;
using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Text;

namespace SchemaGen.Cli.Tests;

public class JsonMigrationWriterTests
{
    private static readonly Hazard DropColumn = new(
        DiagnosticRules.DropColumn, "Dropping column users.name deletes its values in every row", "users.name",
        new SourceLocation("v2.sql", 10, 4, 3, 5, 3, 9));

    [Fact]
    public void Any_sql_text_round_trips_and_non_ascii_stays_readable()
    {
        const string up = "COMMENT ON TABLE \"Größe\" IS 'café \"quoted\" <b> & \\ naïve 日本';";
        var migration = new Migration(new[] { up }, new[] { "SELECT 1;", "SELECT 2;" }, new[] { DropColumn },
            Array.Empty<string>(), isTransactional: false);

        var text = JsonMigrationWriter.Write(migration);

        Assert.Contains("café", text);
        Assert.Contains("日本", text);
        Assert.Contains("Größe", text);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(up + "\n", json.RootElement.GetProperty("up").GetString());
        Assert.Equal("SELECT 1;\n\nSELECT 2;\n", json.RootElement.GetProperty("down").GetString());
        Assert.False(json.RootElement.GetProperty("transactional").GetBoolean());
        var hazard = Assert.Single(json.RootElement.GetProperty("hazards").EnumerateArray());
        Assert.Equal("SG1002", hazard.GetProperty("id").GetString());
        Assert.Equal("users.name", hazard.GetProperty("object").GetString());
        Assert.Equal("v2.sql:3:5", hazard.GetProperty("location").GetString());
        Assert.Equal(DropColumn.Message, hazard.GetProperty("message").GetString());
    }

    [Fact]
    public void Hazards_without_a_location_say_null()
    {
        var migration = new Migration(Array.Empty<string>(), Array.Empty<string>(),
            new[] { DropColumn with { Location = null } }, Array.Empty<string>(), true);

        using var json = JsonDocument.Parse(JsonMigrationWriter.Write(migration));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("hazards")[0].GetProperty("location").ValueKind);
    }

    [Fact]
    public void Sql_mode_prints_hazards_located_with_their_severity()
    {
        Assert.Equal("v2.sql:3:5: error SG1002: Dropping column users.name deletes its values in every row",
            DiffCommand.HazardText(DropColumn));
        Assert.Equal("error SG1002: Dropping column users.name deletes its values in every row",
            DiffCommand.HazardText(DropColumn with { Location = null }));
    }
}
