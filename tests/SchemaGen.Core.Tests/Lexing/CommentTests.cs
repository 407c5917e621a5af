using SchemaGen.Core.Lexing;
using static SchemaGen.Core.Tests.Lexing.LexerTestHelpers;

namespace SchemaGen.Core.Tests.Lexing;

public class CommentTests
{
    [Theory]
    [InlineData("a -- comment\nb")]
    [InlineData("a -- comment\rb")]
    [InlineData("a --\nb")]
    [InlineData("a/* c */b")]
    [InlineData("a /* outer /* inner */ still outer */ b")]
    [InlineData("a /* /* /* deep */ */ */ b")]
    [InlineData("a /*/ still a comment */ b")]
    [InlineData("a /** stars **/ b")]
    [InlineData("a /* -- not a line comment */ b")]
    [InlineData("a -- /* not a block comment\nb")]
    [InlineData("a /* 'quotes' \"don't\" $$ matter */ b")]
    [InlineData("a/**/b")]
    [InlineData("a\t\f\v\r\n b")]
    public void Comments_and_whitespace_separate_tokens(string source)
    {
        Assert.Equal(new[] { (TokenKind.Identifier, "a"), (TokenKind.Identifier, "b") }, LexClean(source));
    }

    [Fact]
    public void Line_comment_at_end_of_input()
    {
        Assert.Equal(new[] { (TokenKind.Identifier, "a") }, LexClean("a -- no newline"));
    }

    [Fact]
    public void Comment_markers_inside_strings_and_identifiers_are_text()
    {
        Assert.Equal(
            new[] { (TokenKind.String, "'--x'"), (TokenKind.QuotedIdentifier, "\"/*y*/\""), (TokenKind.DollarString, "$$--$$") },
            LexClean("'--x' \"/*y*/\" $$--$$"));
    }

    [Fact]
    public void Close_without_open_is_an_operator()
    {
        Assert.Equal(new[] { (TokenKind.Identifier, "a"), (TokenKind.Operator, "*/") }, LexClean("a */"));
    }

    [Theory]
    [InlineData("/* never closed", 0)]
    [InlineData("a /* outer /* inner */ never closed", 2)]
    [InlineData("a /*", 2)]
    [InlineData("a /* x *", 2)]
    public void Unterminated_comment_is_reported_at_its_start(string source, int start)
    {
        var result = Lexer.Lex(source);
        Assert.Equal(new LexError(start, 2, LexMessages.UnterminatedComment), Assert.Single(result.Errors));
        Assert.Equal(new Token(TokenKind.Bad, start, source.Length - start), result.Tokens[^2]);
        Assert.Equal(TokenKind.EndOfFile, result.Tokens[^1].Kind);
    }
}
