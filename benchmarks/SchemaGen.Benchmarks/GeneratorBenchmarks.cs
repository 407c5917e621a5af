using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator;

namespace SchemaGen.Benchmarks;

/// <summary>
/// SchemaMigrationGenerator through the real Roslyn driver, on a project with 50 schema versions
/// (version v has 40 + v synthetic tables, so consecutive versions differ by one table and views).
/// <c>FirstRun</c>: a fresh driver (every version parsed, every pair diffed). <c>UnrelatedCSharpEdit</c>:
/// a warm driver re-run after a C# file changed. <c>EditOneSchemaVersion</c>: a warm driver re-run
/// after version 25's file changed (one re-parse, its two pairs re-diffed).
/// </summary>
[Config(typeof(BenchConfig))]
public class GeneratorBenchmarks
{
    public const int Versions = 50;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!, _editedCompilation = null!;
    private AdditionalText[] _texts = null!;
    private AdditionalText _editedVersion = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Enumerable.Range(1, Versions)
            .Select(v => (AdditionalText)new InMemoryText($"/project/Schema/{v:D3}_v{v}.sql", SyntheticSchema.Schema(40 + v)))
            .ToArray();
        var middle = _texts[Versions / 2 - 1];
        _editedVersion = new InMemoryText(middle.Path,
            middle.GetText()!.ToString() + "\nCREATE TABLE edited_table (id bigint PRIMARY KEY, note text);\n");

        _compilation = CSharpCompilation.Create("Bench",
            new[]
            {
                CSharpSyntaxTree.ParseText("namespace Bench.App { public class A { public int X => 1; } }", ParseOptions, "A.cs"),
                CSharpSyntaxTree.ParseText("namespace Bench.App { public class B { } }", ParseOptions, "B.cs"),
            },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var a = _compilation.SyntaxTrees.First();
        _editedCompilation = _compilation.ReplaceSyntaxTree(a,
            CSharpSyntaxTree.ParseText("namespace Bench.App { public class A { public int X => 2; } }", ParseOptions, "A.cs"));

        _warm = CreateDriver().RunGenerators(_compilation);
        var result = _warm.GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        if (result.GeneratedTrees.Length == 0) throw new InvalidOperationException("generator produced nothing");
    }

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            generators: new[] { new SchemaMigrationGenerator().AsSourceGenerator() },
            additionalTexts: _texts,
            parseOptions: ParseOptions,
            optionsProvider: new OptionsProvider("Bench.App"));

    [Benchmark(Baseline = true)]
    public GeneratorDriver FirstRun() => CreateDriver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit() => _warm.RunGenerators(_editedCompilation);

    [Benchmark]
    public GeneratorDriver EditOneSchemaVersion() =>
        _warm.ReplaceAdditionalText(_texts[Versions / 2 - 1], _editedVersion).RunGenerators(_compilation);

    /// <summary>`-- gen-timing`: the driver's own generator timings for the three scenarios, once each.</summary>
    public static void PrintTimings()
    {
        var b = new GeneratorBenchmarks();
        b.Setup();
        for (var i = 0; i < 5; i++) { b.FirstRun(); b.UnrelatedCSharpEdit(); b.EditOneSchemaVersion(); }
        Report("first run", b.FirstRun());
        Report("unrelated C# edit", b.UnrelatedCSharpEdit());
        Report("edit one of 50 versions", b.EditOneSchemaVersion());

        static void Report(string name, GeneratorDriver driver)
        {
            var t = driver.GetTimingInfo();
            Console.WriteLine($"{name}: generator time {t.ElapsedTime.TotalMilliseconds:N3} ms");
        }
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(string rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new() { ["build_property.RootNamespace"] = rootNamespace });
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.None;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options None = new(new());
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
