using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Core;

/// <summary>Raised by convenience APIs when a schema file has errors; carries the located diagnostics.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(IReadOnlyList<SchemaDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<SchemaDiagnostic> Diagnostics { get; }

    public static void ThrowIfErrors(SchemaDocument document)
    {
        if (document.HasErrors)
            throw new SchemaException(document.Diagnostics.Where(d => d.Severity == Severity.Error).ToList());
    }
}
