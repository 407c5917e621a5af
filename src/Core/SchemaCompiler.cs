using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;

namespace SchemaGen.Core;

internal static class SchemaCompiler
{
    public static SchemaDocument Compile(string path, string text) =>
        new(path, text, Catalog.Empty, Array.Empty<SchemaDiagnostic>());
}
