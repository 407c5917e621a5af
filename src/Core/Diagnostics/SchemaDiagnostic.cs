using SchemaGen.Core.Text;

namespace SchemaGen.Core.Diagnostics;

/// <summary>A problem found in a schema file or a migration, located in the file it concerns.</summary>
public sealed record SchemaDiagnostic(DiagnosticRule Rule, string Message, SourceLocation Location)
{
    public string Id => Rule.Id;
    public Severity Severity => Rule.DefaultSeverity;

    /// <summary><c>path:line:column: error SG0001: message</c>, the form compilers print.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";

    /// <summary><c>path(line,column): error SG0001: message</c>, the form MSBuild and IDEs turn into a clickable diagnostic.</summary>
    public string ToCompilerString() => CompilerFormat(Location, Severity, Id, Message);

    /// <summary>The compiler form for any located message; info is printed as <c>info</c>, as the C# compiler does.</summary>
    public static string CompilerFormat(SourceLocation location, Severity severity, string id, string message) =>
        $"{location.Path}({location.Line},{location.Column}): {severity.ToString().ToLowerInvariant()} {id}: {message}";
}
