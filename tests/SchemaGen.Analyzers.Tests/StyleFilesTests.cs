using SchemaGen.Analyzers.Tests.Infrastructure;

namespace SchemaGen.Analyzers.Tests;

/// <summary>
/// The team's existing migrations named by <c>SchemaGenStyle</c> are AdditionalFiles too; they are
/// read for conventions, never checked as schema versions.
/// </summary>
public class StyleFilesTests
{
    private static readonly (string Path, string Text)[] Files =
    {
        ("/project/Schema/001_init.sql", "CREATE TABLE users (id integer PRIMARY KEY);\n"),
        ("/project/Migrations/002_drop_users.sql", "BEGIN;\nDROP TABLE users;\nCOMMIT;\n"),
    };

    [Fact]
    public async Task Without_the_setting_a_migration_file_is_checked_as_a_version()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(Files);

        Assert.Contains(diagnostics, d => d.Location.GetLineSpan().Path == "/project/Migrations/002_drop_users.sql");
    }

    [Theory]
    [InlineData("/project/Migrations/")]
    [InlineData("/project/Migrations")]
    [InlineData("/project/Migrations/002_drop_users.sql")]
    public async Task Files_of_the_style_folder_or_the_style_file_are_not_checked(string stylePath)
    {
        var diagnostics = await AnalyzerHarness.RunAsync(Files,
            buildProperties: new Dictionary<string, string> { ["SchemaGenStyleFullPath"] = stylePath });

        Assert.DoesNotContain(diagnostics, d => d.Location.GetLineSpan().Path.StartsWith("/project/Migrations/", StringComparison.Ordinal));
        // The version before it is no longer followed by a drop of everything it defines.
        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1001");
    }
}
