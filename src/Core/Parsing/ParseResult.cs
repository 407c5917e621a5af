using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

/// <summary>The statements of a schema file, its tokens (expressions point into them) and the errors met.</summary>
public sealed class ParseResult
{
    internal ParseResult(string path, LexResult lex, IReadOnlyList<StatementSyntax> statements, IReadOnlyList<SchemaDiagnostic> diagnostics)
    {
        Path = path;
        Lex = lex;
        Statements = statements;
        Diagnostics = diagnostics;
    }

    public string Path { get; }
    public LexResult Lex { get; }
    public string Source => Lex.Source;
    public IReadOnlyList<StatementSyntax> Statements { get; }
    public IReadOnlyList<SchemaDiagnostic> Diagnostics { get; }
}
