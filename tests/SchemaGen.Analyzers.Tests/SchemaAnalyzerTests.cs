using Microsoft.CodeAnalysis;
using SchemaGen.Analyzers.Tests.Infrastructure;
using SchemaGen.Core;

namespace SchemaGen.Analyzers.Tests;

public class SchemaAnalyzerTests
{
    private const string V1Path = "/project/Schema/001_init.sql";
    private const string V2Path = "/project/Schema/002_next.sql";

    private const string V1 = """
        CREATE TABLE users (
            id integer PRIMARY KEY,
            email text NOT NULL,
            nickname text
        );

        CREATE TABLE legacy (
            id integer PRIMARY KEY
        );

        """;

    private const string V2 = """
        CREATE TABLE users (
            id integer PRIMARY KEY,
            email text NOT NULL
        );

        """;

    [Fact]
    public async Task Syntax_error_is_reported_at_its_file_line_and_column()
    {
        const string broken = "CREATE TABLE broken (\n    id integer,,\n    name text\n);\n";

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, broken) });

        var error = Assert.Single(diagnostics);
        Assert.Equal(new Located("SG0001", V1Path, 2, 16), Located.Of(error));
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.False(string.IsNullOrWhiteSpace(error.GetMessage()));
        AssertSameAsEngine(error, SchemaDocument.Parse(V1Path, broken).Diagnostics.Single().Location);
    }

    [Fact]
    public async Task Dropped_table_and_column_are_reported_in_the_older_file_at_the_object()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, V1), (V2Path, V2) });

        var dropColumn = Assert.Single(diagnostics, d => d.Id == "SG1002");
        Assert.Equal(new Located("SG1002", V1Path, 4, 5), Located.Of(dropColumn));
        Assert.Contains("nickname", dropColumn.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, dropColumn.Severity);

        var dropTable = Assert.Single(diagnostics, d => d.Id == "SG1001");
        Assert.Equal(new Located("SG1001", V1Path, 7, 14), Located.Of(dropTable));
        Assert.Equal((7, 14), Located.Find(V1, "legacy"));
        Assert.Contains("legacy", dropTable.GetMessage());
        Assert.Equal("https://github.com/schemagen/schemagen/blob/main/docs/diagnostics/SG1001.md", dropTable.Descriptor.HelpLinkUri);

        var hazards = MigrationGenerator.Generate(SchemaDocument.Parse(V1Path, V1), SchemaDocument.Parse(V2Path, V2)).Hazards;
        AssertSameAsEngine(dropTable, hazards.Single(h => h.Id == "SG1001").Location!.Value);
        AssertSameAsEngine(dropColumn, hazards.Single(h => h.Id == "SG1002").Location!.Value);
        Assert.DoesNotContain(diagnostics, d => d.Location.GetLineSpan().Path == V2Path && d.Id.StartsWith("SG1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hazard_of_an_addition_is_reported_in_the_newer_file()
    {
        var v2 = V1 + "CREATE INDEX users_email_idx ON users (email);\n";

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, V1), (V2Path, v2) });

        var index = Assert.Single(diagnostics);
        Assert.Equal(new Located("SG3001", V2Path, 10, 14), Located.Of(index));
        Assert.Equal((10, 14), Located.Find(v2, "users_email_idx"));
        Assert.Equal(DiagnosticSeverity.Info, index.Severity);
    }

    [Fact]
    public async Task First_version_is_not_checked_for_hazards()
    {
        // It migrates an empty database: there are no rows to lose or lock.
        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, V1 + "CREATE INDEX users_email_idx ON users (email);\n") });

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Safe_edit_reports_nothing()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, V2), (V2Path, V1) });

        Assert.DoesNotContain(diagnostics, d => d.Id is "SG1001" or "SG1002" or "SG0001");
    }

    [Fact]
    public async Task Allow_comment_above_the_object_acknowledges_that_hazard_only()
    {
        var v1 = V1.Replace(
            "CREATE TABLE legacy (",
            "-- The legacy table is retired.\n-- schemagen:allow SG1001 replaced by the archive service\nCREATE TABLE legacy (");

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, v1), (V2Path, V2) });

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1001");
        Assert.Single(diagnostics, d => d.Id == "SG1002");
    }

    [Fact]
    public async Task Allow_comment_on_the_object_line_acknowledges_it()
    {
        var v1 = V1.Replace("    nickname text", "    nickname text -- schemagen:allow SG1002 nobody filled it in");

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, v1), (V2Path, V2) });

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1002");
        Assert.Single(diagnostics, d => d.Id == "SG1001");
    }

    [Fact]
    public async Task Allow_comment_for_another_id_or_separated_by_a_blank_line_does_not_acknowledge()
    {
        var v1 = V1.Replace("CREATE TABLE legacy (", "-- schemagen:allow SG1001 too far away\n\nCREATE TABLE legacy (")
            .Replace("    nickname text", "    -- schemagen:allow SG1001 wrong rule\n    nickname text");

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, v1), (V2Path, V2) });

        Assert.Single(diagnostics, d => d.Id == "SG1001");
        Assert.Single(diagnostics, d => d.Id == "SG1002");
    }

    [Fact]
    public async Task Global_config_severity_none_silences_a_rule()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(
            new[] { (V1Path, V1), (V2Path, V2) },
            "is_global = true\ndotnet_diagnostic.SG1001.severity = none\n");

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1001");
        Assert.Single(diagnostics, d => d.Id == "SG1002");
    }

    [Fact]
    public async Task Global_config_severity_can_lower_a_rule_to_a_warning()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(
            new[] { (V1Path, V1), (V2Path, V2) },
            "is_global = true\ndotnet_diagnostic.SG1001.severity = warning\n");

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "SG1001").Severity);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "SG1002").Severity);
    }

    [Fact]
    public async Task Editorconfig_section_for_sql_files_sets_severities_with_the_schemagen_key()
    {
        const string editorConfig = """
            root = true
            [*.sql]
            schemagen_diagnostic.SG1001.severity = warning
            schemagen_diagnostic.SG1002.severity = none
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, V1), (V2Path, V2) }, editorConfig: editorConfig);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "SG1001").Severity);
        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1002");
    }

    [Fact]
    public async Task Editorconfig_severities_apply_only_to_the_files_their_section_matches()
    {
        const string editorConfig = """
            root = true
            [legacy/*.sql]
            schemagen_diagnostic.SG1001.severity = none
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, V1), (V2Path, V2) }, editorConfig: editorConfig);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "SG1001").Severity);
    }

    [Fact]
    public async Task Dotnet_diagnostic_entries_in_editorconfig_do_not_reach_sql_files()
    {
        // The compiler keeps dotnet_diagnostic.* for source files (dotnet/roslyn#31916); this pins
        // why the schemagen_diagnostic key exists, and fails if Roslyn starts passing them on.
        const string editorConfig = """
            root = true
            [*.sql]
            dotnet_diagnostic.SG1001.severity = none
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, V1), (V2Path, V2) }, editorConfig: editorConfig);

        Assert.Single(diagnostics, d => d.Id == "SG1001");
    }

    [Fact]
    public async Task A_version_with_errors_is_not_diffed()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, V1), (V2Path, V2 + "CREATE TABLE (;\n") });

        Assert.Contains(diagnostics, d => d.Id == "SG0001" && d.Location.GetLineSpan().Path == V2Path);
        Assert.DoesNotContain(diagnostics, d => d.Id is "SG1001" or "SG1002");
    }

    [Fact]
    public async Task Version_numbering_is_left_to_the_generator()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(new[] { ("/project/Schema/seed.sql", V1), ("/project/Schema/v1.sql", V1), ("/project/Schema/1_dup.sql", V2) });

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG0004");
    }

    [Fact]
    public async Task Non_sql_additional_files_are_ignored()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(new[] { ("/project/notes.txt", "CREATE TABLE ((("), ("/project/v1.json", "{") });

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("\0\0\0")]
    [InlineData("CREATE TABLE (((((")]
    [InlineData("$$ unterminated")]
    [InlineData("/* unterminated /* nested")]
    [InlineData("'")]
    [InlineData("E'\\")]
    [InlineData("\uD800")]
    [InlineData("")]
    public async Task Analyzer_never_throws_on_garbage(string text)
    {
        // The harness fails on analyzer exceptions (AD0001).
        await AnalyzerHarness.RunAsync(new[] { ("/p/001_a.sql", V1), ("/p/002_bad.sql", text), ("/p/003_c.sql", V2) });
    }

    private static void AssertSameAsEngine(Diagnostic diagnostic, Core.Text.SourceLocation expected)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(expected.Path, span.Path);
        Assert.Equal((expected.Line - 1, expected.Column - 1), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal((expected.EndLine - 1, expected.EndColumn - 1), (span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal((expected.Start, expected.Length), (diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }
}
