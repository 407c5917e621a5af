using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Emit;

namespace SchemaGen.Generator.Pipeline;

internal static class RootNamespace
{
    public const string Fallback = "SchemaGen.Migrations";

    /// <summary>
    /// The project's <c>RootNamespace</c> (made visible by the package's build props), or
    /// <see cref="Fallback"/> when it is missing or not a valid C# namespace.
    /// </summary>
    public static string From(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value)
        && Identifiers.IsValidNamespace(value.Trim())
            ? value.Trim()
            : Fallback;
}
