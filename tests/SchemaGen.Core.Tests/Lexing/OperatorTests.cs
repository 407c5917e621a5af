using SchemaGen.Core.Lexing;
using static SchemaGen.Core.Tests.Lexing.LexerTestHelpers;

namespace SchemaGen.Core.Tests.Lexing;

public class OperatorTests
{
    [Theory]
    [InlineData("+")]
    [InlineData("%")]
    [InlineData("^")]
    [InlineData("<>")]
    [InlineData(">=")]
    [InlineData("!=")]
    [InlineData("~~*")]
    [InlineData("!~~")]
    [InlineData("@@")]
    [InlineData("#>>")]
    [InlineData("&&")]
    [InlineData("-|-")]
    [InlineData("`")]
    [InlineData("?|")]
    [InlineData("=>>")]
    [InlineData("*/")]
    public void Single_operators(string text) => Assert.Equal(TokenKind.Operator, Single(text).Kind);

    [Theory]
    // No SQL operator ends in + or -, so a tail of them splits off...
    [InlineData("=-", new[] { "=", "-" })]
    [InlineData("<-", new[] { "<", "-" })]
    [InlineData("*+-", new[] { "*", "+", "-" })]
    [InlineData("<>-", new[] { "<>", "-" })]
    [InlineData("=>-", new[] { "=>", "-" })]
    // ...unless the operator has a character SQL operators do not use.
    [InlineData("?-", new[] { "?-" })]
    [InlineData("@-", new[] { "@-" })]
    [InlineData("%+", new[] { "%+" })]
    [InlineData("||-", new[] { "||-" })]
    [InlineData("!=-", new[] { "!=-" })]
    [InlineData("-+-@", new[] { "-+-@" })]
    public void Trailing_plus_and_minus(string source, string[] expected)
    {
        Assert.Equal(expected, LexClean(source).Select(t => t.Text));
    }

    [Theory]
    [InlineData("+--comment\n1", new[] { "+", "1" })]
    [InlineData("+/*comment*/1", new[] { "+", "1" })]
    [InlineData("*/*comment*/", new[] { "*" })]
    [InlineData("@>--x", new[] { "@>" })]
    [InlineData("</**/-", new[] { "<", "-" })]
    [InlineData("//**/", new[] { "/" })]
    [InlineData("-/**/-", new[] { "-", "-" })]
    public void Comment_start_inside_an_operator_run_ends_the_operator(string source, string[] expected)
    {
        Assert.Equal(expected, LexClean(source).Select(t => t.Text));
    }

    [Fact]
    public void Arrow_is_its_own_kind_only_when_exactly_two_characters()
    {
        Assert.Equal(TokenKind.EqualsGreater, Single("=>").Kind);
        Assert.Equal(TokenKind.Operator, Single("=>>").Kind);
        Assert.Equal(TokenKind.Operator, Single("==>").Kind);
    }

    [Fact]
    public void Colons()
    {
        Assert.Equal(
            new[] { (TokenKind.DoubleColon, "::"), (TokenKind.Colon, ":") },
            LexClean(":::"));
        Assert.Equal(
            new[] { (TokenKind.Identifier, "a"), (TokenKind.OpenBracket, "["), (TokenKind.Integer, "1"), (TokenKind.Colon, ":"),
                    (TokenKind.Integer, "2"), (TokenKind.CloseBracket, "]") },
            LexClean("a[1:2]"));
        Assert.Equal(
            new[] { (TokenKind.Identifier, "x"), (TokenKind.ColonEquals, ":="), (TokenKind.Operator, "=") },
            LexClean("x:=="));
        Assert.Equal(
            new[] { (TokenKind.Identifier, "x"), (TokenKind.DoubleColon, "::"), (TokenKind.Identifier, "text") },
            LexClean("x::text"));
    }

    [Fact]
    public void Backslash_and_braces_are_not_operators()
    {
        var result = Lexer.Lex("a \\ {b}");
        Assert.Equal(
            new[] { TokenKind.Identifier, TokenKind.Bad, TokenKind.Bad, TokenKind.Identifier, TokenKind.Bad, TokenKind.EndOfFile },
            result.Tokens.Select(t => t.Kind));
        Assert.Equal(
            new[]
            {
                new LexError(2, 1, "unexpected character \"\\\""),
                new LexError(4, 1, "unexpected character \"{\""),
                new LexError(6, 1, "unexpected character \"}\""),
            },
            result.Errors);
    }
}
