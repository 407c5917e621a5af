using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Global build properties as MSBuild would pass them (<c>build_property.X</c>).</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globals) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.None;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
