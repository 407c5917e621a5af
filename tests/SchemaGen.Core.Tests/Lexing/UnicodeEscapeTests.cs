using SchemaGen.Core.Lexing;
using static SchemaGen.Core.Tests.Lexing.LexerTestHelpers;

namespace SchemaGen.Core.Tests.Lexing;

public class UnicodeEscapeTests
{
    [Theory]
    [InlineData("U&'d\\0061t\\+000061'", "data")]
    [InlineData("u&'\\00e9t\\00E9'", "été")]
    [InlineData("U&'\\+01F600'", "😀")]
    [InlineData("U&'\\D83D\\DE00'", "😀")]
    [InlineData("U&'a\\\\b'", "a\\b")]
    [InlineData("U&'it''s'", "it's")]
    [InlineData("U&''", "")]
    [InlineData("U&'d!0061t!+000061' UESCAPE '!'", "data")]
    [InlineData("U&'d!!t' uescape '!'", "d!t")]
    [InlineData("U&'a\\b!0041' UESCAPE '!'", "a\\bA")]
    [InlineData("U&'x#0041' /* c */ UESCAPE -- c\n '#'", "xA")]
    [InlineData("U&'x#0041' UESCAPE E'#'", "xA")]
    [InlineData("U&'x#0041' UESCAPE $$#$$", "xA")]
    public void Unicode_strings(string source, string expected)
    {
        Assert.Equal(TokenKind.UnicodeString, Single(source).Kind);
        Assert.Equal(expected, StringValue(source));
    }

    [Theory]
    [InlineData("U&\"d\\0061t\\+000061\"", "data")]
    [InlineData("U&\"Ab\"", "Ab")]
    [InlineData("U&\"\\0041\"\"\"", "A\"")]
    [InlineData("U&\"d!0061t\" UESCAPE '!'", "dat")]
    [InlineData("U&\"\\0441\\043B\\043E\\043D\"", "слон")]
    public void Unicode_identifiers(string source, string expected)
    {
        Assert.Equal(TokenKind.UnicodeQuotedIdentifier, Single(source).Kind);
        Assert.Equal(expected, IdentifierValue(source));
    }

    [Fact]
    public void Unicode_identifiers_are_truncated_after_decoding()
    {
        string source = "U&\"" + string.Concat(Enumerable.Repeat("\\0061", 70)) + "\"";
        Assert.Equal(new string('a', 63), IdentifierValue(source));
    }

    [Fact]
    public void Uescape_clause_is_part_of_the_token()
    {
        Assert.Equal(
            new[] { (TokenKind.UnicodeString, "U&'!0041' UESCAPE '!'"), (TokenKind.Comma, ",") },
            LexClean("U&'!0041' UESCAPE '!',"));
    }

    [Fact]
    public void A_word_starting_with_uescape_is_not_the_keyword()
    {
        Assert.Equal(
            new[] { (TokenKind.UnicodeString, "U&'a'"), (TokenKind.Identifier, "uescaped"), (TokenKind.String, "'!'") },
            LexClean("U&'a' uescaped '!'"));
    }

    [Fact]
    public void Quoted_uescape_is_not_the_keyword()
    {
        Assert.Equal(
            new[] { (TokenKind.UnicodeString, "U&'a'"), (TokenKind.QuotedIdentifier, "\"uescape\""), (TokenKind.String, "'!'") },
            LexClean("U&'a' \"uescape\" '!'"));
    }

    [Fact]
    public void U_ampersand_without_a_quote_is_an_identifier_and_an_operator()
    {
        Assert.Equal(
            new[] { (TokenKind.Identifier, "u"), (TokenKind.Operator, "&"), (TokenKind.Identifier, "x") },
            LexClean("u&x"));
        Assert.Equal(
            new[] { (TokenKind.Identifier, "u"), (TokenKind.Operator, "&"), (TokenKind.String, "'x'") },
            LexClean("u& 'x'"));
    }

    [Theory]
    [InlineData("U&'\\00'", 3, 1, LexMessages.InvalidUnicodeEscape)]
    [InlineData("U&'ab\\'", 5, 1, LexMessages.InvalidUnicodeEscape)]
    [InlineData("U&'\\+01F6'", 3, 1, LexMessages.InvalidUnicodeEscape)]
    [InlineData("U&'\\xyz'", 3, 1, LexMessages.InvalidUnicodeEscape)]
    [InlineData("U&'\\0000'", 3, 5, LexMessages.InvalidUnicodeEscapeValue)]
    [InlineData("U&'\\+110000'", 3, 8, LexMessages.InvalidUnicodeEscapeValue)]
    [InlineData("U&'\\D83D'", 3, 5, LexMessages.InvalidUnicodeSurrogatePair)]
    [InlineData("U&'\\D83Dx'", 3, 5, LexMessages.InvalidUnicodeSurrogatePair)]
    [InlineData("U&'\\DE00'", 3, 5, LexMessages.InvalidUnicodeSurrogatePair)]
    [InlineData("U&\"a!\" UESCAPE '!'", 4, 1, LexMessages.InvalidUnicodeEscape)]
    [InlineData("U&'a' UESCAPE '+'", 14, 3, LexMessages.InvalidUnicodeEscapeCharacter)]
    [InlineData("U&'a' UESCAPE 'a'", 14, 3, LexMessages.InvalidUnicodeEscapeCharacter)]
    [InlineData("U&'a' UESCAPE ' '", 14, 3, LexMessages.InvalidUnicodeEscapeCharacter)]
    [InlineData("U&'a' UESCAPE '\"'", 14, 3, LexMessages.InvalidUnicodeEscapeCharacter)]
    [InlineData("U&'a' UESCAPE ''''", 14, 4, LexMessages.InvalidUnicodeEscapeCharacter)]
    [InlineData("U&'a' UESCAPE '!!'", 14, 4, LexMessages.InvalidUnicodeEscapeCharacter)]
    [InlineData("U&'a' UESCAPE 'é'", 14, 3, LexMessages.InvalidUnicodeEscapeCharacter)]
    [InlineData("U&'a' UESCAPE ''", 14, 2, LexMessages.InvalidUnicodeEscapeCharacter)]
    [InlineData("U&'a' UESCAPE x", 14, 1, LexMessages.UescapeNeedsString)]
    [InlineData("U&'a' UESCAPE", 13, 0, LexMessages.UescapeNeedsString)]
    [InlineData("U&\"\"", 0, 4, LexMessages.ZeroLengthIdentifier)]
    public void Unicode_escape_errors(string source, int start, int length, string message)
    {
        var result = Lexer.Lex(source);
        Assert.Contains(result.Tokens[0].Kind, new[] { TokenKind.UnicodeString, TokenKind.UnicodeQuotedIdentifier });
        Assert.Equal(new LexError(start, length, message), Assert.Single(result.Errors));
    }

    [Fact]
    public void Uescape_without_a_string_ends_the_token_after_the_keyword()
    {
        const string source = "U&'a' UESCAPE x";
        var result = Lexer.Lex(source);
        Assert.Equal(
            new[] { new Token(TokenKind.UnicodeString, 0, 13), new Token(TokenKind.Identifier, 14, 1), new Token(TokenKind.EndOfFile, 15, 0) },
            result.Tokens);
    }

    [Fact]
    public void Uescape_with_an_unterminated_string_leaves_the_string_to_be_reported()
    {
        const string source = "U&'a' UESCAPE '!";
        var result = Lexer.Lex(source);
        Assert.Equal(
            new[] { new Token(TokenKind.UnicodeString, 0, 13), new Token(TokenKind.Bad, 14, 2), new Token(TokenKind.EndOfFile, 16, 0) },
            result.Tokens);
        Assert.Equal(
            new[] { new LexError(14, 1, LexMessages.UescapeNeedsString), new LexError(14, 1, LexMessages.UnterminatedQuotedString) },
            result.Errors);
    }
}
