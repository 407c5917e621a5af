namespace SchemaGen.Generator.Emit;

internal static class GeneratorInfo
{
    public const string Tool = "SchemaGen";

    // The assembly version, not the informational one: the SDK appends the commit hash to the
    // latter, which would change every generated file on every commit.
    public static string Version { get; } =
        typeof(GeneratorInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public static string GeneratedCodeAttribute =>
        $"[global::System.CodeDom.Compiler.GeneratedCode({CSharpLiteral.Quote(Tool)}, {CSharpLiteral.Quote(Version)})]";
}
