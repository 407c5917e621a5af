using System.IO.Compression;
using System.Xml.Linq;
using SchemaGen.Packaging.Tests.Infrastructure;

namespace SchemaGen.Packaging.Tests;

[Collection(PackedFeedCollection.Name)]
public class PackageLayoutTests(PackedFeed feed)
{
    [Fact]
    public void SchemaGen_holds_the_roslyn_components_and_build_files_and_no_library()
    {
        var entries = Entries("SchemaGen");

        Assert.Equal(
            new[]
            {
                "analyzers/dotnet/cs/SchemaGen.Analyzers.dll",
                "analyzers/dotnet/cs/SchemaGen.Core.dll",
                "analyzers/dotnet/cs/SchemaGen.Generator.dll",
                "build/SchemaGen.props",
                "build/SchemaGen.targets",
                "buildTransitive/SchemaGen.props",
                "buildTransitive/SchemaGen.targets",
                "README.md",
            }.Order(StringComparer.Ordinal),
            entries.Where(e => !IsPackagingPart(e)).Order(StringComparer.Ordinal));

        var dependencies = Nuspec("SchemaGen").Descendants().Where(e => e.Name.LocalName == "dependency").ToList();
        var runtime = Assert.Single(dependencies);
        Assert.Equal("SchemaGen.Runtime", runtime.Attribute("id")?.Value);
        Assert.Equal(feed.Version, runtime.Attribute("version")?.Value);
    }

    [Fact]
    public void Runtime_is_a_library_depending_on_npgsql()
    {
        var entries = Entries("SchemaGen.Runtime");
        Assert.Contains("lib/net10.0/SchemaGen.Runtime.dll", entries);
        Assert.Contains("lib/net10.0/SchemaGen.Runtime.xml", entries);
        Assert.Contains(Nuspec("SchemaGen.Runtime").Descendants().Where(e => e.Name.LocalName == "dependency"),
            d => d.Attribute("id")?.Value == "Npgsql");
    }

    [Fact]
    public void Cli_is_a_dotnet_tool_named_schemagen_with_its_dependencies_inside()
    {
        var entries = Entries("SchemaGen.Cli");
        Assert.Contains("tools/net10.0/any/schemagen.dll", entries);
        Assert.Contains("tools/net10.0/any/SchemaGen.Core.dll", entries);
        Assert.Contains("tools/net10.0/any/SchemaGen.Runtime.dll", entries);
        Assert.Contains("tools/net10.0/any/Npgsql.dll", entries);
        Assert.Contains("tools/net10.0/any/System.CommandLine.dll", entries);

        using var archive = ZipFile.OpenRead(feed.Package("SchemaGen.Cli"));
        using var settings = archive.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settings).Descendants("Command").Single();
        Assert.Equal("schemagen", command.Attribute("Name")?.Value);
        Assert.Equal("schemagen.dll", command.Attribute("EntryPoint")?.Value);
    }

    [Theory]
    [InlineData("SchemaGen")]
    [InlineData("SchemaGen.Runtime")]
    [InlineData("SchemaGen.Cli")]
    public void Every_package_has_description_license_readme_and_tags(string id)
    {
        var metadata = Nuspec(id).Descendants().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(id, Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("postgresql", Value("tags")?.Split(' ') ?? Array.Empty<string>());
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository")?.Attribute("url"));
        Assert.Contains("README.md", Entries(id));
    }

    private List<string> Entries(string id)
    {
        using var archive = ZipFile.OpenRead(feed.Package(id));
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    private XDocument Nuspec(string id)
    {
        using var archive = ZipFile.OpenRead(feed.Package(id));
        using var stream = archive.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream);
    }

    // NuGet's own files: content types, relationships and signature parts.
    private static bool IsPackagingPart(string entry) =>
        entry.StartsWith("_rels/", StringComparison.Ordinal)
        || entry.StartsWith("package/", StringComparison.Ordinal)
        || entry == "[Content_Types].xml"
        || entry.EndsWith(".nuspec", StringComparison.Ordinal);
}
