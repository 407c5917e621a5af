using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;
using SchemaGen.Core.Text;

namespace SchemaGen.Core.Parsing;

/// <summary>
/// A recursive-descent parser for the DDL a schema file holds. Expressions are not parsed
/// into trees: they are kept as token ranges, balanced on parentheses and CASE/END.
/// One bad statement is reported and skipped; parsing resumes at the next <c>;</c>.
/// </summary>
public sealed partial class Parser
{
    private readonly string _path;
    private readonly string _src;
    private readonly Token[] _tokens;
    private readonly List<SchemaDiagnostic> _diagnostics = new();
    private readonly LineMap _lines;
    private int _pos;
    private readonly IdentifierTable _identifiers = new();

    private Parser(string path, LexResult lex)
    {
        _path = path;
        _src = lex.Source;
        _tokens = lex.Tokens;
        _lines = new LineMap(lex.Source);
    }

    public static ParseResult Parse(string path, string text)
    {
        var lex = Lexer.Lex(text);
        var parser = new Parser(path, lex);
        foreach (var error in lex.Errors)
            parser.Report(DiagnosticRules.SyntaxError, error.Message, error.Start, error.Length);
        var statements = lex.Errors.Count == 0 ? parser.ParseStatements() : new List<StatementSyntax>();
        return new ParseResult(path, lex, statements, parser._diagnostics);
    }

    private List<StatementSyntax> ParseStatements()
    {
        var statements = new List<StatementSyntax>();
        while (Current.Kind != TokenKind.EndOfFile)
        {
            if (Accept(TokenKind.Semicolon)) continue;
            var first = _pos;
            try
            {
                var statement = ParseStatement();
                if (Current.Kind != TokenKind.Semicolon && Current.Kind != TokenKind.EndOfFile)
                    throw Error($"expected ';' after the statement but found {Describe(Current)}");
                statements.Add(statement);
            }
            catch (ParseException ex)
            {
                Report(ex.Unsupported ? DiagnosticRules.UnsupportedStatement : DiagnosticRules.SyntaxError, ex.Message, ex.Start, ex.Length);
                SkipStatement(first);
            }
        }
        return statements;
    }

    /// <summary>Moves past the statement that starts at token <paramref name="first"/>.</summary>
    private void SkipStatement(int first)
    {
        _pos = first;
        var atomic = false;
        while (Current.Kind != TokenKind.EndOfFile)
        {
            // A BEGIN ATOMIC body holds semicolons of its own; it ends at its END.
            if (IsKw("begin") && IsKwAt(_pos + 1, "atomic")) atomic = true;
            if (atomic && IsKw("end")) atomic = false;
            if (!atomic && Current.Kind == TokenKind.Semicolon) break;
            _pos++;
        }
    }

    private void Report(DiagnosticRule rule, string message, int start, int length) =>
        _diagnostics.Add(new SchemaDiagnostic(rule, message, _lines.Locate(_path, start, length)));

    // ----- token access -----

    private Token Current => _tokens[_pos];

    private Token PeekToken(int offset) => _tokens[Math.Min(_pos + offset, _tokens.Length - 1)];

    private int PreviousEnd => _pos == 0 ? 0 : _tokens[_pos - 1].End;

    private bool IsKw(string keyword) => IsKwAt(_pos, keyword);

    private bool IsKwAt(int index, string keyword) =>
        index < _tokens.Length && TokenValues.IsKeyword(_src, _tokens[index], keyword);

    private bool AcceptKw(string keyword)
    {
        if (!IsKw(keyword)) return false;
        _pos++;
        return true;
    }

    // Two- and three-word overloads: the params form allocates its array on every call, and
    // the parser tries many keyword runs per column.
    private bool AcceptKws(string first, string second)
    {
        if (!IsKwAt(_pos, first) || !IsKwAt(_pos + 1, second)) return false;
        _pos += 2;
        return true;
    }

    private bool AcceptKws(string first, string second, string third)
    {
        if (!IsKwAt(_pos, first) || !IsKwAt(_pos + 1, second) || !IsKwAt(_pos + 2, third)) return false;
        _pos += 3;
        return true;
    }

    /// <summary>Accepts a run of keywords only when all of them follow.</summary>
    private bool AcceptKws(params string[] keywords)
    {
        for (var i = 0; i < keywords.Length; i++)
            if (!IsKwAt(_pos + i, keywords[i])) return false;
        _pos += keywords.Length;
        return true;
    }

    private void ExpectKw(string keyword)
    {
        if (!AcceptKw(keyword)) throw Error($"expected {keyword.ToUpperInvariant()} but found {Describe(Current)}");
    }

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind) return false;
        _pos++;
        return true;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind) throw Error($"expected {what} but found {Describe(Current)}");
        return _tokens[_pos++];
    }

    private bool IsIdentifierToken(Token token) =>
        token.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier or TokenKind.UnicodeQuotedIdentifier;

    private string ExpectIdentifier(string what)
    {
        if (!IsIdentifierToken(Current)) throw Error($"expected {what} but found {Describe(Current)}");
        return _identifiers.Get(_src, _tokens[_pos++]);
    }

    private NameSyntax ParseName(string what)
    {
        var start = Current.Start;
        var first = ExpectIdentifier(what);
        // Most names have one part: an exact array instead of a list.
        if (Current.Kind != TokenKind.Dot) return new NameSyntax(new[] { first }, start, PreviousEnd);
        var parts = new List<string> { first };
        while (Current.Kind == TokenKind.Dot)
        {
            _pos++;
            parts.Add(ExpectIdentifier(what));
        }
        return new NameSyntax(parts, start, PreviousEnd);
    }

    private List<string> ParseIdentifierList(string what)
    {
        Expect(TokenKind.OpenParen, "'('");
        var names = new List<string>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            do names.Add(ExpectIdentifier(what));
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.CloseParen, "')'");
        return names;
    }

    private string ExpectString(string what)
    {
        if (Current.Kind is not (TokenKind.String or TokenKind.EscapeString or TokenKind.UnicodeString or TokenKind.DollarString))
            throw Error($"expected {what} but found {Describe(Current)}");
        return TokenValues.String(_src, _tokens[_pos++]);
    }

    private long ExpectSignedInteger(string what)
    {
        var negative = false;
        if (Current.Kind == TokenKind.Operator && (Current.Text(_src) is "-" or "+"))
        {
            negative = Current.Text(_src) == "-";
            _pos++;
        }
        var token = Expect(TokenKind.Integer, what);
        var text = token.Text(_src).Replace("_", "");
        if (!long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
            throw new ParseException($"{what} {text} is out of range", token.Start, token.Length, unsupported: false);
        return negative ? -value : value;
    }

    private string Describe(Token token) => token.Kind switch
    {
        TokenKind.EndOfFile => "the end of the file",
        TokenKind.Semicolon => "';'",
        _ => $"'{Shorten(token.Text(_src))}'",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

    private ParseException Error(string message) =>
        new(message, Current.Start, Math.Max(1, Current.Length), unsupported: false);

    private ParseException Unsupported(int firstToken, int wordCount, string? why = null)
    {
        var words = new List<string>();
        for (var i = 0; i < wordCount && firstToken + i < _tokens.Length; i++)
        {
            var token = _tokens[firstToken + i];
            if (token.Kind != TokenKind.Identifier) break;
            words.Add(token.Text(_src).ToUpperInvariant());
        }
        var start = _tokens[firstToken].Start;
        var end = _tokens[Math.Max(firstToken, firstToken + words.Count - 1)].End;
        var message = $"unsupported statement {string.Join(" ", words)}" + (why is null ? "" : $": {why}");
        return new ParseException(message, start, end - start, unsupported: true);
    }
}
