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
}
