using Microsoft.CodeAnalysis;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Analyzers.Tests;

public class SchemaDescriptorsTests
{
    [Fact]
    public void Descriptors_are_the_core_catalogue()
    {
        Assert.Equal(DiagnosticRules.All.Select(r => r.Id), SchemaDescriptors.All.Select(d => d.Id));
        foreach (var (rule, descriptor) in DiagnosticRules.All.Zip(SchemaDescriptors.All))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.Equal(rule.EnabledByDefault, descriptor.IsEnabledByDefault);
            Assert.Equal(rule.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
        }
    }

    [Fact]
    public void Analyzer_supports_every_rule()
    {
        Assert.Equal(SchemaDescriptors.All, new SchemaAnalyzer().SupportedDiagnostics);
    }

    [Fact]
    public void Unknown_id_maps_to_internal_error()
    {
        Assert.Equal("SG0099", SchemaDescriptors.Get("SG9999").Id);
    }

    [Fact]
    public void Release_tracking_lists_every_rule()
    {
        var unshipped = File.ReadAllText(Path.Combine(RepoRoot(), "src", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var rule in DiagnosticRules.All)
        {
            // Release tracking writes a rule that is off by default as Disabled.
            var severity = rule.EnabledByDefault ? rule.DefaultSeverity.ToString() : "Disabled";
            Assert.Contains($"{rule.Id} | {rule.Category} | {severity} |", unshipped);
        }
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var directory = Path.GetDirectoryName(path);
        while (directory is not null && !Directory.Exists(Path.Combine(directory, "src", "Analyzers"))) directory = Path.GetDirectoryName(directory);
        return directory!;
    }
}
