using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests;

public class GeneratorDiagnosticsTests
{
    [Fact]
    public void Duplicate_version_numbers_are_reported_at_each_file_and_stop_the_sequence_there()
    {
        var files = Schemas.Growing(3).Append(("/project/Schema/schema_v2.sql", "CREATE TABLE dup (id integer);\n")).ToArray();

        var run = GeneratorHarness.Run(files);

        var diagnostics = run.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().Path).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d =>
        {
            Assert.Equal("SG0004", d.Id);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal(new LinePosition(0, 0), d.Location.GetLineSpan().StartLinePosition);
        });
        Assert.Equal(new[] { "/project/Schema/002_v2.sql", "/project/Schema/schema_v2.sql" },
            diagnostics.Select(d => d.Location.GetLineSpan().Path));
        Assert.Equal(new[] { "Migration_001_v1.g.cs", "SchemaMigrations.g.cs" }, run.HintNames.OrderBy(h => h, StringComparer.Ordinal));
    }

    [Fact]
    public void File_without_number_is_reported_and_ignored()
    {
        var files = Schemas.Users().Append(("/project/Schema/seed.sql", "INSERT INTO users VALUES (1);")).ToArray();

        var run = GeneratorHarness.Run(files);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SG0004", diagnostic.Id);
        Assert.Equal("/project/Schema/seed.sql", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'seed.sql' has no version number", diagnostic.GetMessage());
        Assert.Equal("https://github.com/schemagen/schemagen/blob/main/docs/diagnostics/SG0004.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Contains("Migration_002_schema_v2.g.cs", run.HintNames);
    }

    [Fact]
    public void Parse_errors_stop_the_migrations_on_both_sides_without_a_generator_diagnostic()
    {
        var files = Schemas.Growing(4);
        files[1] = (files[1].Path, "CREATE TABLE broken (id integer,, );\n");

        var run = GeneratorHarness.Run(files);

        // The analyzer reports the syntax error; reporting it here too would show it twice.
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(
            new[] { "Migration_001_v1.g.cs", "Migration_004_v4.g.cs", "SchemaMigrations.g.cs" },
            run.HintNames.OrderBy(h => h, StringComparer.Ordinal));
        var registry = run.Source("SchemaMigrations.g.cs");
        Assert.Contains("new global::Sample.App.Migration_001_v1()", registry);
        Assert.DoesNotContain("Migration_004_v4()", registry);
        Assert.Contains("ends before <c>002_v2</c>", registry);
    }

    [Theory]
    [InlineData("\0\0\0")]
    [InlineData("CREATE TABLE (((((")]
    [InlineData("$$ unterminated")]
    [InlineData("/* unterminated")]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("\uD800")]
    public void Generator_never_throws_on_garbage(string text)
    {
        var run = GeneratorHarness.Run(new[] { ("/p/001_bad.sql", text), ("/p/002_good.sql", "CREATE TABLE t (id integer);") });

        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        CompiledAssembly.AssertNoWarnings(run.Output);
    }
}
