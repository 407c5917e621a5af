using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Runtime;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="SchemaMigrationGenerator"/> through the real Roslyn driver.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

    // The test runs on the same runtime it compiles against, so the emitted assembly can be loaded.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Append(typeof(IMigration).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "SchemaGenTests_" + Guid.NewGuid().ToString("N"),
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999));

    public static GeneratorDriver CreateDriver(
        IEnumerable<(string Path, string Text)> schemaFiles,
        string? rootNamespace = "Sample.App",
        bool trackSteps = true,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        var globals = new Dictionary<string, string>();
        if (rootNamespace is not null) globals["build_property.RootNamespace"] = rootNamespace;
        foreach (var (name, value) in properties ?? new Dictionary<string, string>())
            globals["build_property." + name] = value;

        return CSharpGeneratorDriver.Create(
            generators: new[] { new SchemaMigrationGenerator().AsSourceGenerator() },
            additionalTexts: schemaFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            parseOptions: ParseOptions,
            optionsProvider: new TestOptionsProvider(globals),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static GeneratorRun Run(
        IEnumerable<(string Path, string Text)> schemaFiles,
        string? rootNamespace = "Sample.App",
        string userCode = "namespace Sample.App { internal static class UserCode { } }",
        IReadOnlyDictionary<string, string>? properties = null)
    {
        var compilation = CreateCompilation(userCode);
        var driver = CreateDriver(schemaFiles, rootNamespace, properties: properties)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, (CSharpCompilation)output, generatorDiagnostics);
    }
}

internal sealed record GeneratorRun(GeneratorDriver Driver, CSharpCompilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public string Source(string hintName) =>
        Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<string> HintNames => Result.GeneratedSources.Select(s => s.HintName);
}
