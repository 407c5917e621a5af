using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Emit;

namespace SchemaGen.Generator.Pipeline;

/// <summary>
/// The MSBuild settings the package's build props make visible to the compiler
/// (<c>build_property.X</c>). Names and placement of the generated code only: changing them
/// re-emits without re-diffing.
/// </summary>
internal sealed record EmitSettings(string Namespace, string RegistryClass)
{
    public const string DefaultRegistryClass = "SchemaMigrations";

    public static EmitSettings From(AnalyzerConfigOptionsProvider options)
    {
        var globals = options.GlobalOptions;
        // An explicit SchemaGenNamespace wins over RootNamespace; an invalid one falls back like a missing one.
        var ns = Read(globals, "SchemaGenNamespace") is { } own && Identifiers.IsValidNamespace(own)
            ? own
            : RootNamespace.From(options);
        var registry = Read(globals, "SchemaGenRegistryClass") is { } name
            && SyntaxFacts.IsValidIdentifier(name)
            && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            && !name.StartsWith("Migration_", StringComparison.Ordinal)
                ? name
                : DefaultRegistryClass;
        return new EmitSettings(ns, registry);
    }

    internal static string? Read(AnalyzerConfigOptions globals, string property) =>
        globals.TryGetValue("build_property." + property, out var value) && value.Trim().Length > 0
            ? value.Trim()
            : null;
}

/// <summary>
/// The settings that change the SQL itself: <c>SchemaGenIdempotent</c> (null when the project does
/// not set it) and <c>SchemaGenStyleFullPath</c>, the style file or folder resolved by the build targets.
/// </summary>
internal sealed record WriteSettings(bool? Idempotent, string? StylePath)
{
    public static WriteSettings From(AnalyzerConfigOptionsProvider options)
    {
        var globals = options.GlobalOptions;
        bool? idempotent = EmitSettings.Read(globals, "SchemaGenIdempotent") switch
        {
            { } v when v.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            { } v when v.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            _ => null,
        };
        return new WriteSettings(idempotent, EmitSettings.Read(globals, Analyzers.StyleFilePaths.PropertyName));
    }
}
