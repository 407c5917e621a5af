using SchemaGen.Packaging.Tests.Infrastructure;
using SchemaGen.Testing;

namespace SchemaGen.Packaging.Tests;

/// <summary>The CLI installed from the packed feed with <c>dotnet tool install</c>, run as <c>schemagen</c>.</summary>
[Collection(PackedFeedCollection.Name)]
public class ToolTests(PackedFeed feed)
{
    [Fact]
    public async Task The_installed_tool_prints_help_diffs_and_applies_with_the_generators_ids_and_checksums()
    {
        var toolPath = Path.Combine(feed.Root, "tools");
        feed.Run(feed.Root, "dotnet", "tool", "install", "SchemaGen.Cli", "--version", feed.Version,
            "--tool-path", toolPath, "--configfile", feed.NuGetConfig).AssertSuccess();
        var schemagen = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "schemagen.exe" : "schemagen");

        var help = feed.Run(feed.Root, schemagen, "--help").AssertSuccess();
        foreach (var command in new[] { "diff", "lint", "apply", "status", "rollback", "script" })
            Assert.Contains(command, help.Output);

        var project = ConsumerProject.Create(feed, "ToolUser");
        var schema = Path.Combine(project, "Schema");
        var diff = feed.Run(project, schemagen, "diff", Path.Combine(schema, "001_init.sql"), Path.Combine(schema, "002_orders.sql"),
            "--format", "json").AssertSuccess();
        Assert.Contains("\"up\"", diff.Output);
        Assert.Contains("CREATE TABLE IF NOT EXISTS orders", diff.Output);
        Assert.Contains("ADD COLUMN IF NOT EXISTS display_name", diff.Output);

        await using var database = await PostgresServer.Shared.CreateTestDatabaseAsync("packaging_tool");
        feed.Run(project, schemagen, "apply", "--schema-dir", schema, "--connection", database.ConnectionString).AssertSuccess();
        var status = feed.Run(project, schemagen, "status", "--schema-dir", schema, "--connection", database.ConnectionString).AssertSuccess();
        Assert.Contains("2 applied, 0 pending, 0 drifted, 0 unknown", status.Output);
    }
}
