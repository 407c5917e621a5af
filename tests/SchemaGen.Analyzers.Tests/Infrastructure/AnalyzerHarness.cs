using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs <see cref="SchemaAnalyzer"/> through the real analyzer driver.</summary>
internal static class AnalyzerHarness
{
    /// <param name="globalConfig">
    /// Text of a global AnalyzerConfig (<c>.globalconfig</c>), applied as the compiler applies one:
    /// its <c>dotnet_diagnostic.*.severity</c> entries become the compilation's diagnostic options.
    /// </param>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        IEnumerable<(string Path, string Text)> files,
        string? globalConfig = null,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        string? editorConfig = null)
    {
        var compilation = globalConfig is null ? PlainCompilation.Value : NewCompilation(globalConfig);
        var additionalFiles = files
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .ToImmutableArray();
        var exceptions = new ConcurrentBag<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new SchemaAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFiles, new BuildPropertiesProvider(buildProperties ?? new Dictionary<string, string>(), EditorConfigSet(editorConfig))),
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));

        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>An <c>.editorconfig</c> at <c>/project</c>, read as the compiler reads one.</summary>
    private static AnalyzerConfigSet? EditorConfigSet(string? editorConfig)
    {
        if (editorConfig is null) return null;
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(editorConfig, "/project/.editorconfig")), out var diagnostics);
        Assert.Empty(diagnostics);
        return set;
    }

    // Compilations are immutable: the one without configuration is shared by every run.
    private static readonly Lazy<CSharpCompilation> PlainCompilation = new(() => NewCompilation(null));

    private static CSharpCompilation NewCompilation(string? globalConfig)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        if (globalConfig is not null)
        {
            var config = AnalyzerConfig.Parse(globalConfig, "/project/.globalconfig");
            var set = AnalyzerConfigSet.Create(ImmutableArray.Create(config), out var configDiagnostics);
            Assert.Empty(configDiagnostics);
            options = options.WithSpecificDiagnosticOptions(set.GlobalConfigOptions.TreeOptions);
        }

        return CSharpCompilation.Create(
            "AnalyzerTests",
            new[] { CSharpSyntaxTree.ParseText("internal static class Program { }", path: "/project/Program.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            options);
    }
}

/// <summary>
/// MSBuild properties as the compiler passes them to analyzers (<c>build_property.X</c>), and the
/// per-file options of an <c>.editorconfig</c> for additional files.
/// </summary>
internal sealed class BuildPropertiesProvider(IReadOnlyDictionary<string, string> properties, AnalyzerConfigSet? editorConfig = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } =
        new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        editorConfig is null ? Options.None : new Options(editorConfig.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
