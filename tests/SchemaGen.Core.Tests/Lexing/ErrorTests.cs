using SchemaGen.Core.Lexing;

namespace SchemaGen.Core.Tests.Lexing;

public class ErrorTests
{
    [Theory]
    [InlineData("x 'abc", 2, 1, LexMessages.UnterminatedQuotedString)]
    [InlineData("x 'it''s", 2, 1, LexMessages.UnterminatedQuotedString)]
    [InlineData("x '", 2, 1, LexMessages.UnterminatedQuotedString)]
    [InlineData("x E'abc\\'", 2, 2, LexMessages.UnterminatedQuotedString)]
    [InlineData("x e'abc\\", 2, 2, LexMessages.UnterminatedQuotedString)]
    [InlineData("x U&'abc", 2, 3, LexMessages.UnterminatedQuotedString)]
    [InlineData("x \"abc", 2, 1, LexMessages.UnterminatedQuotedIdentifier)]
    [InlineData("x \"a\"\"", 2, 1, LexMessages.UnterminatedQuotedIdentifier)]
    [InlineData("x U&\"abc", 2, 3, LexMessages.UnterminatedQuotedIdentifier)]
    [InlineData("x B'0101", 2, 2, LexMessages.UnterminatedBitString)]
    [InlineData("x X'1F", 2, 2, LexMessages.UnterminatedHexString)]
    [InlineData("x $$abc", 2, 2, LexMessages.UnterminatedDollarString)]
    [InlineData("x $fn$abc $fn", 2, 4, LexMessages.UnterminatedDollarString)]
    [InlineData("x $fn$abc $$", 2, 4, LexMessages.UnterminatedDollarString)]
    [InlineData("x /* abc", 2, 2, LexMessages.UnterminatedComment)]
    public void Unterminated_constructs_become_one_bad_token_to_the_end(string source, int start, int errorLength, string message)
    {
        var result = Lexer.Lex(source);
        Assert.Equal(
            new[] { new Token(TokenKind.Identifier, 0, 1), new Token(TokenKind.Bad, start, source.Length - start), new Token(TokenKind.EndOfFile, source.Length, 0) },
            result.Tokens);
        Assert.Equal(new LexError(start, errorLength, message), Assert.Single(result.Errors));
    }

    [Fact]
    public void Zero_length_quoted_identifier_is_reported()
    {
        var result = Lexer.Lex("a \"\" b");
        Assert.Equal(new Token(TokenKind.QuotedIdentifier, 2, 2), result.Tokens[1]);
        Assert.Equal(new LexError(2, 2, LexMessages.ZeroLengthIdentifier), Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("a \\ b", 2, '\\')]
    [InlineData("a { b", 2, '{')]
    [InlineData("a } b", 2, '}')]
    [InlineData("a $ b", 2, '$')]
    public void Stray_characters_are_bad_tokens(string source, int at, char c)
    {
        var result = Lexer.Lex(source);
        Assert.Equal(new Token(TokenKind.Bad, at, 1), result.Tokens[1]);
        Assert.Equal(new LexError(at, 1, "unexpected character \"" + c + "\""), Assert.Single(result.Errors));
        Assert.Equal(TokenKind.Identifier, result.Tokens[2].Kind);
    }

    [Fact]
    public void Control_characters_are_named_by_code_point()
    {
        var result = Lexer.Lex("a\u0000b\u0007");
        Assert.Equal(
            new[] { new LexError(1, 1, "unexpected character U+0000"), new LexError(3, 1, "unexpected character U+0007") },
            result.Errors);
    }

    [Fact]
    public void Lexing_goes_on_after_errors()
    {
        var result = Lexer.Lex("a { b 1x c");
        Assert.Equal(
            new[] { TokenKind.Identifier, TokenKind.Bad, TokenKind.Identifier, TokenKind.Bad, TokenKind.Identifier, TokenKind.EndOfFile },
            result.Tokens.Select(t => t.Kind));
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Null_source_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Lexer.Lex(null!));
    }

    /// <summary>
    /// Random inputs built from the characters that matter to the grammar: lexing must not throw,
    /// must cover the input with ordered, non-overlapping tokens, and every token value must be
    /// computable for a token of the right kind.
    /// </summary>
    [Fact]
    public void Random_input_never_throws_and_tokens_stay_in_order()
    {
        const string alphabet = "aEeUuBbXx0123456789_$&'\"\\-/*+<>=!@#%^|`?~()[],;.:{} \n\té€😀";
        var random = new Random(12345);
        var buffer = new char[40];
        for (int round = 0; round < 20000; round++)
        {
            int length = random.Next(1, buffer.Length);
            for (int i = 0; i < length; i++) buffer[i] = alphabet[random.Next(alphabet.Length)];
            string source = new string(buffer, 0, length);

            var result = Lexer.Lex(source);
            int previousEnd = 0;
            foreach (var token in result.Tokens)
            {
                Assert.True(token.Start >= previousEnd, source);
                Assert.True(token.End <= source.Length, source);
                Assert.True(token.Length > 0 || token.Kind == TokenKind.EndOfFile, source);
                previousEnd = token.End;
                switch (token.Kind)
                {
                    case TokenKind.Identifier:
                    case TokenKind.QuotedIdentifier:
                    case TokenKind.UnicodeQuotedIdentifier:
                        TokenValues.Identifier(source, token);
                        break;
                    case TokenKind.String:
                    case TokenKind.EscapeString:
                    case TokenKind.UnicodeString:
                    case TokenKind.BitString:
                    case TokenKind.DollarString:
                        TokenValues.String(source, token);
                        break;
                }
            }

            Assert.Equal(TokenKind.EndOfFile, result.Tokens[^1].Kind);
            foreach (var error in result.Errors)
            {
                Assert.True(error.Start >= 0 && error.Start + error.Length <= source.Length, source);
            }
        }
    }
}
