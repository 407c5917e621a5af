using SchemaGen.Core.Lexing;
using static SchemaGen.Core.Tests.Lexing.LexerTestHelpers;

namespace SchemaGen.Core.Tests.Lexing;

public class DollarQuoteTests
{
    [Theory]
    [InlineData("$$$$", "")]
    [InlineData("$$body$$", "body")]
    [InlineData("$$ it's \"raw\" \\n $$", " it's \"raw\" \\n ")]
    [InlineData("$fn$ BEGIN RETURN $$x$$; END $fn$", " BEGIN RETURN $$x$$; END ")]
    [InlineData("$a$ $ $b$ $a $A$ $a$", " $ $b$ $a $A$ ")]
    [InlineData("$_x9$ y $_x9$", " y ")]
    [InlineData("$é$ z $é$", " z ")]
    [InlineData("$a$$a$", "")]
    [InlineData("$a$x$$a$", "x$")]
    [InlineData("$$ -- not a comment /* nor this $$", " -- not a comment /* nor this ")]
    [InlineData("$$line1\nline2$$", "line1\nline2")]
    public void Bodies_are_verbatim_up_to_the_same_tag(string source, string body)
    {
        Assert.Equal(TokenKind.DollarString, Single(source).Kind);
        Assert.Equal(body, StringValue(source));
    }

    [Fact]
    public void Function_body_followed_by_more_sql()
    {
        const string source = "AS $body$SELECT 1$body$ LANGUAGE sql;";
        Assert.Equal(
            new[] { (TokenKind.Identifier, "AS"), (TokenKind.DollarString, "$body$SELECT 1$body$"), (TokenKind.Identifier, "LANGUAGE"),
                    (TokenKind.Identifier, "sql"), (TokenKind.Semicolon, ";") },
            LexClean(source));
    }

    [Fact]
    public void Tag_cannot_start_with_a_digit()
    {
        Assert.Equal(new[] { (TokenKind.Parameter, "$1"), (TokenKind.Parameter, "$2") }, LexClean("$1$2"));
    }

    [Fact]
    public void Dollar_inside_an_identifier_does_not_open_a_quote()
    {
        Assert.Equal(new[] { (TokenKind.Identifier, "a$$b$$") }, LexClean("a$$b$$"));
    }

    [Fact]
    public void Tags_are_case_sensitive()
    {
        var result = Lexer.Lex("$A$ x $a$");
        Assert.Equal(TokenKind.Bad, result.Tokens[0].Kind);
        Assert.Equal(new LexError(0, 3, LexMessages.UnterminatedDollarString), Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$abc")]
    [InlineData("$ab-c$")]
    public void Dollar_without_a_delimiter_is_a_stray_character(string source)
    {
        var result = Lexer.Lex(source);
        Assert.Equal(new Token(TokenKind.Bad, 0, 1), result.Tokens[0]);
        Assert.Equal(new LexError(0, 1, "unexpected character \"$\""), result.Errors[0]);
    }
}
