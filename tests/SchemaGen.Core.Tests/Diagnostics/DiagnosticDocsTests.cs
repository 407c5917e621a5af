using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Core.Tests.Diagnostics;

public class DiagnosticDocsTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in DiagnosticRules.All) data.Add(rule.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_its_help_page(string id)
    {
        var page = Path.Combine(RepoRoot(), "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing: the rule's help link points there");
        Assert.StartsWith("# " + id + ":", File.ReadAllText(page));
    }

    [Fact]
    public void Rule_ids_are_unique()
    {
        Assert.Equal(DiagnosticRules.All.Count, DiagnosticRules.All.Select(r => r.Id).Distinct().Count());
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "SchemaGen.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("SchemaGen.sln not found above the test assembly");
    }
}
