using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;

namespace SchemaGen.Core;

/// <summary>
/// One version of a schema: a <c>.sql</c> file parsed and bound to the catalog PostgreSQL would
/// build from it. Never throws on bad input: problems are in <see cref="Diagnostics"/>.
/// </summary>
public sealed class SchemaDocument
{
    internal SchemaDocument(string path, string text, Catalog catalog, IReadOnlyList<SchemaDiagnostic> diagnostics)
    {
        Path = path;
        Text = text;
        Catalog = catalog;
        Diagnostics = diagnostics;
    }

    public string Path { get; }
    public string Text { get; }

    /// <summary>The schema model; partial when <see cref="HasErrors"/> is true.</summary>
    public Catalog Catalog { get; }

    public IReadOnlyList<SchemaDiagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>An empty schema: what the first version migrates from.</summary>
    public static SchemaDocument Empty { get; } = new("", "", Catalog.Empty, Array.Empty<SchemaDiagnostic>());

    /// <summary>Parses and binds <paramref name="text"/>; <paramref name="path"/> is used in locations.</summary>
    public static SchemaDocument Parse(string path, string text) => SchemaCompiler.Compile(path, text);
}
