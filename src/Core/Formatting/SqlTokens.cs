using SchemaGen.Core.Lexing;

namespace SchemaGen.Core.Formatting;

/// <summary>
/// The formatter's view of a text's tokens, from the engine's lexer (comments and whitespace
/// skipped): only unquoted words may ever be rewritten.
/// </summary>
internal static class SqlTokens
{
    public static List<SqlToken> Lex(string source)
    {
        var tokens = Lexer.Lex(source).Tokens;
        var result = new List<SqlToken>(tokens.Length);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.EndOfFile) break;
            var kind = token.Kind switch
            {
                TokenKind.Identifier => SqlTokenKind.Word,
                TokenKind.OpenParen => SqlTokenKind.OpenParen,
                TokenKind.CloseParen => SqlTokenKind.CloseParen,
                TokenKind.Comma => SqlTokenKind.Comma,
                TokenKind.Semicolon => SqlTokenKind.Semicolon,
                TokenKind.Dot => SqlTokenKind.Dot,
                _ => SqlTokenKind.Literal,
            };
            result.Add(new SqlToken(kind, token.Start, token.Length));
        }
        return result;
    }
}
