using SchemaGen.Core.Lexing;
using static SchemaGen.Core.Tests.Lexing.LexerTestHelpers;

namespace SchemaGen.Core.Tests.Lexing;

public class NumberTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("007")]
    [InlineData("1_000_000")]
    [InlineData("0x1F")]
    [InlineData("0XfF")]
    [InlineData("0x_1F")]
    [InlineData("0x1_F")]
    [InlineData("0o17")]
    [InlineData("0O7_7")]
    [InlineData("0b101")]
    [InlineData("0B1_0")]
    [InlineData("9223372036854775808")]
    public void Integers(string text) => Assert.Equal(TokenKind.Integer, Single(text).Kind);

    [Theory]
    [InlineData("1.5")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("1e10")]
    [InlineData("1E+10")]
    [InlineData("1.5E-3")]
    [InlineData(".5e3")]
    [InlineData("1.e5")]
    [InlineData("1_000.000_1")]
    [InlineData("1e1_0")]
    public void Numerics(string text) => Assert.Equal(TokenKind.Numeric, Single(text).Kind);

    [Fact]
    public void Double_dot_after_integer_is_integer_then_dots()
    {
        Assert.Equal(
            new[] { (TokenKind.Integer, "1"), (TokenKind.Dot, "."), (TokenKind.Numeric, ".2") },
            LexClean("1..2"));
        Assert.Equal(new[] { (TokenKind.Integer, "1"), (TokenKind.Dot, "."), (TokenKind.Dot, ".") }, LexClean("1.."));
    }

    [Fact]
    public void Numbers_next_to_punctuation_and_operators()
    {
        Assert.Equal(
            new[]
            {
                (TokenKind.Identifier, "numeric"), (TokenKind.OpenParen, "("), (TokenKind.Integer, "10"),
                (TokenKind.Comma, ","), (TokenKind.Integer, "2"), (TokenKind.CloseParen, ")"),
                (TokenKind.Operator, "-"), (TokenKind.Numeric, "1.5"), (TokenKind.Operator, "*"),
                (TokenKind.Numeric, ".5e-1"), (TokenKind.DoubleColon, "::"), (TokenKind.Identifier, "int"),
            },
            LexClean("numeric(10,2)-1.5*.5e-1::int"));
    }

    [Fact]
    public void A_number_then_dot_then_digits_is_two_numbers()
    {
        Assert.Equal(new[] { (TokenKind.Numeric, "1.5"), (TokenKind.Numeric, ".5") }, LexClean("1.5.5"));
    }

    [Fact]
    public void Dollar_after_a_plain_number_is_a_separate_token()
    {
        Assert.Equal(new[] { (TokenKind.Integer, "1"), (TokenKind.Parameter, "$2") }, LexClean("1$2"));
    }

    [Theory]
    // Identifier characters glued to a number are junk (PostgreSQL 15+), not a second token.
    [InlineData("123abc", 0, 6, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1e", 0, 2, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1e+", 0, 3, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1.5e-", 0, 5, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1.5x", 0, 4, LexMessages.TrailingJunkAfterNumber)]
    [InlineData(".5e", 0, 3, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1._5", 0, 4, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1_", 0, 2, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1__0", 0, 4, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1_0$", 0, 4, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1e5$", 0, 4, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("1e5x", 0, 4, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("0x1G", 0, 4, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("0b102", 0, 5, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("0o78", 0, 4, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("0xg", 0, 3, LexMessages.TrailingJunkAfterNumber)]
    [InlineData("0x", 0, 2, LexMessages.InvalidHexInteger)]
    [InlineData("0x_", 0, 3, LexMessages.InvalidHexInteger)]
    [InlineData("0o", 0, 2, LexMessages.InvalidOctalInteger)]
    [InlineData("0b", 0, 2, LexMessages.InvalidBinaryInteger)]
    [InlineData("$1a", 0, 3, LexMessages.TrailingJunkAfterParameter)]
    [InlineData("$12_", 0, 4, LexMessages.TrailingJunkAfterParameter)]
    public void Malformed_numbers_are_one_bad_token(string text, int start, int length, string message)
    {
        var result = Lexer.Lex(text);
        var error = Assert.Single(result.Errors);
        Assert.Equal(new LexError(start, length, message), error);
        Assert.Equal(new Token(TokenKind.Bad, start, length), result.Tokens[0]);
    }

    [Fact]
    public void Lexing_continues_after_bad_number()
    {
        var tokens = Lex("1e+a 2");
        Assert.Equal(
            new[] { (TokenKind.Bad, "1e+"), (TokenKind.Identifier, "a"), (TokenKind.Integer, "2") },
            tokens);
    }

    [Fact]
    public void Parameters()
    {
        Assert.Equal(
            new[] { (TokenKind.Parameter, "$1"), (TokenKind.Operator, "+"), (TokenKind.Parameter, "$23"), (TokenKind.Numeric, ".5") },
            LexClean("$1+$23.5"));
    }
}
