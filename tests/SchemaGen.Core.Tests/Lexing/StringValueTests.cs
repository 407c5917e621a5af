using SchemaGen.Core.Lexing;
using static SchemaGen.Core.Tests.Lexing.LexerTestHelpers;

namespace SchemaGen.Core.Tests.Lexing;

public class StringValueTests
{
    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("''", "")]
    [InlineData("'it''s'", "it's")]
    [InlineData("''''", "'")]
    [InlineData("'a\\nb'", "a\\nb")]
    [InlineData("'back\\'", "back\\")]
    [InlineData("'multi\nline'", "multi\nline")]
    [InlineData("'€ 😀'", "€ 😀")]
    [InlineData("'$$ -- /* \"'", "$$ -- /* \"")]
    public void Standard_strings_have_no_backslash_escapes(string source, string expected)
    {
        Assert.Equal(TokenKind.String, Single(source).Kind);
        Assert.Equal(expected, StringValue(source));
    }

    [Theory]
    [InlineData("E'abc'", "abc")]
    [InlineData("e'it\\'s'", "it's")]
    [InlineData("E'it''s'", "it's")]
    [InlineData("E'\\b\\f\\n\\r\\t'", "\b\f\n\r\t")]
    [InlineData("E'\\\\'", "\\")]
    [InlineData("E'\\q\\\"\\z'", "q\"z")]
    [InlineData("E'\\101\\60\\7'", "A0\u0007")]
    [InlineData("E'\\1011'", "A1")]
    [InlineData("E'\\501'", "A")] // \501 = 0x141: PostgreSQL keeps the low byte
    [InlineData("E'\\x41\\x4a\\x7'", "AJ\u0007")]
    [InlineData("E'\\x414'", "A4")]
    [InlineData("E'\\xg'", "xg")]
    [InlineData("E'\\303\\251'", "é")]
    [InlineData("E'\\xe2\\x82\\xac'", "€")]
    [InlineData("E'\\xF0\\x9F\\x98\\x80'", "😀")]
    [InlineData("E'\\u00e9\\U0001F600'", "é😀")]
    [InlineData("E'\\u00411'", "A1")]
    [InlineData("E'\\uD83D\\uDE00'", "😀")]
    [InlineData("E'\\uD83D\\U0000DE00'", "😀")]
    [InlineData("E'a\\\nb'", "a\nb")]
    public void Escape_strings_decode_every_backslash_escape(string source, string expected)
    {
        Assert.Equal(TokenKind.EscapeString, Single(source).Kind);
        Assert.Equal(expected, StringValue(source));
    }

    [Theory]
    [InlineData("E'\\u12'", 2, 4, LexMessages.InvalidUnicodeEscape)]
    [InlineData("E'\\U0001F60'", 2, 9, LexMessages.InvalidUnicodeEscape)]
    [InlineData("E'\\u0000'", 2, 6, LexMessages.InvalidUnicodeEscapeValue)]
    [InlineData("E'\\U00110000'", 2, 10, LexMessages.InvalidUnicodeEscapeValue)]
    [InlineData("E'\\uD83D'", 2, 6, LexMessages.InvalidUnicodeSurrogatePair)]
    [InlineData("E'\\uD83Dx'", 2, 6, LexMessages.InvalidUnicodeSurrogatePair)]
    [InlineData("E'\\uD83D\\u0041'", 2, 6, LexMessages.InvalidUnicodeSurrogatePair)]
    [InlineData("E'\\uDE00'", 2, 6, LexMessages.InvalidUnicodeSurrogatePair)]
    [InlineData("E'\\0'", 2, 2, "invalid byte sequence for encoding \"UTF8\": 0x00")]
    [InlineData("E'\\xff'", 2, 4, "invalid byte sequence for encoding \"UTF8\": 0xff")]
    [InlineData("E'\\xc3'", 2, 4, "invalid byte sequence for encoding \"UTF8\": 0xc3")]
    [InlineData("E'\\xc3x'", 2, 4, "invalid byte sequence for encoding \"UTF8\": 0xc3")]
    [InlineData("E'\\xc0\\x80'", 2, 4, "invalid byte sequence for encoding \"UTF8\": 0xc0")]
    [InlineData("E'\\x80\\x80'", 2, 4, "invalid byte sequence for encoding \"UTF8\": 0x80")]
    [InlineData("E'\\xed\\xa0\\x80'", 2, 12, "invalid byte sequence for encoding \"UTF8\": 0xed")]
    public void Invalid_escapes_are_reported_where_they_are(string source, int start, int length, string message)
    {
        var result = Lexer.Lex(source);
        Assert.Equal(TokenKind.EscapeString, result.Tokens[0].Kind);
        Assert.Equal(new LexError(start, length, message), Assert.Single(result.Errors));
        Assert.Contains('\uFFFD', TokenValues.String(source, result.Tokens[0]));
    }

    [Fact]
    public void Backslash_quote_does_not_end_an_escape_string()
    {
        Assert.Equal(
            new[] { (TokenKind.EscapeString, "E'a\\'b'"), (TokenKind.Identifier, "c") },
            LexClean("E'a\\'b' c"));
    }

    [Fact]
    public void Only_a_leading_e_makes_an_escape_string()
    {
        Assert.Equal(
            new[] { (TokenKind.Identifier, "namE"), (TokenKind.String, "'x'") },
            LexClean("namE'x'"));
    }

    [Theory]
    [InlineData("B'1010'", "1010", false)]
    [InlineData("b''", "", false)]
    [InlineData("X'1fA0'", "1fA0", true)]
    [InlineData("x'FF'", "FF", true)]
    public void Bit_strings_return_their_digits(string source, string digits, bool hex)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.BitString, token.Kind);
        Assert.Equal(digits, TokenValues.String(source, token));
        Assert.Equal(hex, TokenValues.IsHexBitString(source, token));
    }

    [Theory]
    [InlineData("B'102'", 4, "\"2\" is not a valid binary digit")]
    [InlineData("X'1G'", 3, "\"G\" is not a valid hexadecimal digit")]
    public void Bad_bit_string_digits_are_reported(string source, int at, string message)
    {
        var result = Lexer.Lex(source);
        Assert.Equal(TokenKind.BitString, result.Tokens[0].Kind);
        Assert.Equal(new LexError(at, 1, message), Assert.Single(result.Errors));
    }

    [Fact]
    public void Bit_strings_do_not_double_quotes()
    {
        Assert.Equal(new[] { (TokenKind.BitString, "B'01'"), (TokenKind.String, "'10'") }, LexClean("B'01''10'"));
    }

    [Fact]
    public void National_strings_are_an_identifier_then_a_string()
    {
        // PostgreSQL turns N'x' into the keyword NCHAR followed by 'x'; the parser sees N then 'x'.
        Assert.Equal(new[] { (TokenKind.Identifier, "N"), (TokenKind.String, "'x'") }, LexClean("N'x'"));
    }

    [Fact]
    public void Adjacent_strings_are_separate_tokens()
    {
        Assert.Equal(new[] { (TokenKind.String, "'a'"), (TokenKind.String, "'b'") }, LexClean("'a'\n'b'"));
    }

    [Fact]
    public void String_value_of_a_non_string_token_is_an_argument_error()
    {
        const string source = "abc";
        Assert.Throws<ArgumentException>(() => TokenValues.String(source, Lexer.Lex(source).Tokens[0]));
    }
}
