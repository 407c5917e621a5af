using SchemaGen.Core.Binding;
using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;
using SchemaGen.Core.Parsing;
using SchemaGen.Core.Text;

namespace SchemaGen.Core;

/// <summary>Text to catalog: lex, parse, bind. Any failure of its own becomes an SG0099 diagnostic.</summary>
internal static class SchemaCompiler
{
    public static SchemaDocument Compile(string path, string text)
    {
        try
        {
            var parse = Parser.Parse(path, text);
            var (catalog, bindDiagnostics) = Binder.Bind(parse);
            var diagnostics = parse.Diagnostics.Concat(bindDiagnostics).ToList();
            return new SchemaDocument(path, text, catalog, diagnostics);
        }
        catch (Exception ex)
        {
            var location = new SourceLocation(path, 0, 0, 1, 1, 1, 1);
            var diagnostic = new SchemaDiagnostic(DiagnosticRules.InternalError, DiagnosticRules.InternalError.Format(ex.Message), location);
            return new SchemaDocument(path, text, new Catalog(), new[] { diagnostic });
        }
    }
}
