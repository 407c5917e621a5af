using Microsoft.CodeAnalysis;
using SchemaGen.Analyzers.Tests.Infrastructure;

namespace SchemaGen.Analyzers.Tests;

/// <summary>The opt-in SG9xxx rules: silent by default, reported once enabled in configuration.</summary>
public class HygieneRuleTests
{
    private const string V1Path = "/project/Schema/001_init.sql";
    private const string V2Path = "/project/Schema/002_next.sql";

    private const string Schema = """
        CREATE TABLE orders (
            id serial PRIMARY KEY,
            placed_at timestamp NOT NULL,
            note varchar(200),
            customer_id integer
        );

        """;

    private const string EnableAll = """
        is_global = true
        dotnet_diagnostic.SG9001.severity = warning
        dotnet_diagnostic.SG9002.severity = warning
        dotnet_diagnostic.SG9003.severity = warning
        dotnet_diagnostic.SG9004.severity = warning

        """;

    [Fact]
    public async Task Hygiene_rules_are_off_by_default()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, Schema) });

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Enabled_hygiene_rules_report_each_column_at_its_line()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, Schema) }, EnableAll);

        Assert.Equal(
            new[]
            {
                new Located("SG9001", V1Path, 2, 5), new Located("SG9002", V1Path, 2, 5),
                new Located("SG9003", V1Path, 3, 5), new Located("SG9004", V1Path, 4, 5),
            },
            diagnostics.Select(Located.Of));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal("Key column orders.id is serial: prefer bigint, which does not run out of values", diagnostics[0].GetMessage());
        Assert.Equal("Column orders.id is serial: prefer GENERATED ... AS IDENTITY", diagnostics[1].GetMessage());
        Assert.Equal("Column orders.placed_at is timestamp without time zone: prefer timestamptz", diagnostics[2].GetMessage());
        Assert.Equal("Column orders.note is character varying(200): prefer text, with a CHECK on its length if one is needed", diagnostics[3].GetMessage());
    }

    [Fact]
    public async Task An_editorconfig_severity_turns_an_opt_in_rule_on_for_the_files_it_matches()
    {
        const string editorConfig = """
            root = true
            [Schema/*.sql]
            schemagen_diagnostic.SG9003.severity = warning
            """;

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, Schema) }, editorConfig: editorConfig);

        var only = Assert.Single(diagnostics);
        Assert.Equal(new Located("SG9003", V1Path, 3, 5), Located.Of(only));
        Assert.Equal(DiagnosticSeverity.Warning, only.Severity);
    }

    [Fact]
    public async Task One_rule_can_be_enabled_alone()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, Schema) }, "is_global = true\ndotnet_diagnostic.SG9003.severity = suggestion\n");

        var only = Assert.Single(diagnostics);
        Assert.Equal("SG9003", only.Id);
        Assert.Equal(DiagnosticSeverity.Info, only.Severity);
    }

    [Fact]
    public async Task Only_columns_a_version_adds_or_retypes_are_reported()
    {
        var v2 = Schema.Replace("placed_at timestamp", "placed_at timestamptz").Replace("    customer_id integer", "    customer_id integer,\n    shipped_at timestamp");

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, Schema), (V2Path, v2) }, EnableAll);

        var inV2 = diagnostics.Where(d => d.Location.GetLineSpan().Path == V2Path && d.Id.StartsWith("SG9", StringComparison.Ordinal)).ToList();
        Assert.Equal(new Located("SG9003", V2Path, 6, 5), Located.Of(Assert.Single(inV2)));
    }

    [Fact]
    public async Task Preferred_types_are_not_reported()
    {
        const string good = "CREATE TABLE orders (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    placed_at timestamptz NOT NULL,\n    note text,\n    amount integer\n);\n";

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, good) }, EnableAll);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Hygiene_rule_can_be_acknowledged_on_the_column()
    {
        var acknowledged = Schema.Replace("    note varchar(200),", "    note varchar(200), -- schemagen:allow SG9004 matches the upstream API limit");

        var diagnostics = await AnalyzerHarness.RunAsync(new[] { (V1Path, acknowledged) }, EnableAll);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG9004");
        Assert.Contains(diagnostics, d => d.Id == "SG9003");
    }
}
