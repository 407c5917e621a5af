using SchemaGen.Core.Lexing;

namespace SchemaGen.Core.Tests.Lexing;

internal static class LexerTestHelpers
{
    /// <summary>The tokens of <paramref name="source"/> as (kind, text), without the final EndOfFile.</summary>
    public static (TokenKind Kind, string Text)[] Lex(string source)
    {
        var result = Lexer.Lex(source);
        Assert.Equal(TokenKind.EndOfFile, result.Tokens[^1].Kind);
        return result.Tokens.Take(result.Tokens.Length - 1).Select(t => (t.Kind, t.Text(source))).ToArray();
    }

    /// <summary>Lexes input that must be error-free.</summary>
    public static (TokenKind Kind, string Text)[] LexClean(string source)
    {
        var result = Lexer.Lex(source);
        Assert.Empty(result.Errors);
        return Lex(source);
    }

    /// <summary>The single token of <paramref name="source"/>, which must be error-free.</summary>
    public static Token Single(string source)
    {
        var result = Lexer.Lex(source);
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Tokens.Length);
        return result.Tokens[0];
    }

    public static string StringValue(string source) => TokenValues.String(source, Single(source));

    public static string IdentifierValue(string source) => TokenValues.Identifier(source, Single(source));
}
