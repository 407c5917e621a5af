using SchemaGen.Core.Lexing;
using static SchemaGen.Core.Tests.Lexing.LexerTestHelpers;

namespace SchemaGen.Core.Tests.Lexing;

public class IdentifierTests
{
    [Theory]
    [InlineData("users", "users")]
    [InlineData("Users", "users")]
    [InlineData("CREATE", "create")]
    [InlineData("_Tmp$1", "_tmp$1")]
    [InlineData("ÉtÉ", "ÉtÉ")] // only ASCII folds, as downcase_identifier does in UTF-8
    [InlineData("İSTANBUL", "İstanbul")]
    [InlineData("Straße", "straße")]
    [InlineData("日本語", "日本語")]
    public void Unquoted_identifiers_fold_ascii_only(string source, string expected)
    {
        Assert.Equal(TokenKind.Identifier, Single(source).Kind);
        Assert.Equal(expected, IdentifierValue(source));
    }

    [Theory]
    [InlineData("\"Users\"", "Users")]
    [InlineData("\"a b\"", "a b")]
    [InlineData("\"say \"\"hi\"\"\"", "say \"hi\"")]
    [InlineData("\"\"\"\"", "\"")]
    [InlineData("\"select\"", "select")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("\"a\\nb\"", "a\\nb")]
    public void Quoted_identifiers_keep_case(string source, string expected)
    {
        Assert.Equal(TokenKind.QuotedIdentifier, Single(source).Kind);
        Assert.Equal(expected, IdentifierValue(source));
    }

    [Fact]
    public void Long_unquoted_identifiers_are_truncated_to_63_bytes()
    {
        string name = new string('A', 70);
        Assert.Equal(new string('a', 63), IdentifierValue(name));
        Assert.Equal(new string('a', 63), IdentifierValue(new string('a', 63)));
        Assert.Equal(new string('a', 62), IdentifierValue(new string('a', 62)));
    }

    [Fact]
    public void Long_quoted_identifiers_are_truncated_to_63_bytes()
    {
        string name = "\"" + new string('Q', 40) + "\"\"" + new string('q', 40) + "\"";
        Assert.Equal(new string('Q', 40) + "\"" + new string('q', 22), IdentifierValue(name));
    }

    [Fact]
    public void Truncation_never_splits_a_multibyte_character()
    {
        // 31 two-byte characters are 62 bytes; a 32nd would need bytes 63 and 64.
        string twoByte = new string('é', 40);
        Assert.Equal(new string('é', 31), IdentifierValue(twoByte));

        // 'a' + 21 three-byte characters = 64 bytes: the last one does not fit.
        string threeByte = "a" + new string('€', 25);
        Assert.Equal("a" + new string('€', 20), IdentifierValue(threeByte));

        // Four-byte characters are surrogate pairs in .NET and must stay whole: 15 fit in 60 bytes.
        string fourByte = string.Concat(Enumerable.Repeat("😀", 20));
        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 15)), IdentifierValue("\"" + fourByte + "\""));
        Assert.Equal("abc" + string.Concat(Enumerable.Repeat("😀", 15)), TokenValues.Truncate("abc" + fourByte));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("short", "short")]
    public void Truncate_leaves_short_names_alone(string name, string expected)
    {
        Assert.Same(name, TokenValues.Truncate(name));
        Assert.Equal(expected, TokenValues.Truncate(name));
    }

    [Fact]
    public void Truncate_cuts_generated_names()
    {
        string generated = new string('x', 60) + "_pkey";
        Assert.Equal(new string('x', 60) + "_pk", TokenValues.Truncate(generated));
        Assert.Equal(63, TokenValues.MaxIdentifierBytes);
    }

    [Theory]
    [InlineData("select", "select", true)]
    [InlineData("SELECT", "select", true)]
    [InlineData("SeLeCt", "select", true)]
    [InlineData("selects", "select", false)]
    [InlineData("selec", "select", false)]
    [InlineData("\"select\"", "select", false)]
    [InlineData("'select'", "select", false)]
    [InlineData("u&\"select\"", "select", false)]
    public void Keywords_match_unquoted_identifiers_case_insensitively(string source, string keyword, bool expected)
    {
        Assert.Equal(expected, TokenValues.IsKeyword(source, Single(source), keyword));
    }

    [Fact]
    public void Keyword_match_reads_the_token_span_only()
    {
        const string source = "create table";
        var tokens = Lexer.Lex(source).Tokens;
        Assert.True(TokenValues.IsKeyword(source, tokens[0], "create"));
        Assert.True(TokenValues.IsKeyword(source, tokens[1], "table"));
        Assert.False(TokenValues.IsKeyword(source, tokens[2], "table"));
    }

    [Fact]
    public void Identifier_of_a_non_identifier_token_is_an_argument_error()
    {
        const string source = "'x'";
        Assert.Throws<ArgumentException>(() => TokenValues.Identifier(source, Lexer.Lex(source).Tokens[0]));
    }

    [Fact]
    public void Qualified_names_and_casts()
    {
        Assert.Equal(
            new[] { (TokenKind.Identifier, "public"), (TokenKind.Dot, "."), (TokenKind.QuotedIdentifier, "\"My Table\""),
                    (TokenKind.Dot, "."), (TokenKind.Identifier, "col"), (TokenKind.DoubleColon, "::"),
                    (TokenKind.Identifier, "varchar"), (TokenKind.OpenParen, "("), (TokenKind.Integer, "10"),
                    (TokenKind.CloseParen, ")"), (TokenKind.OpenBracket, "["), (TokenKind.CloseBracket, "]") },
            LexClean("public.\"My Table\".col::varchar(10)[]"));
    }

    [Fact]
    public void Every_non_ascii_character_is_an_identifier_character()
    {
        // scan.l takes any byte with the high bit set as a letter, so a no-break space does not separate.
        Assert.Equal(new[] { (TokenKind.Identifier, "a\u00A0b") }, LexClean("a\u00A0b"));
        Assert.Equal(new[] { (TokenKind.Identifier, "\u00A0") }, LexClean(" \u00A0 "));
    }

    [Fact]
    public void Identifier_then_quoted_identifier_then_string()
    {
        Assert.Equal(
            new[] { (TokenKind.Identifier, "a"), (TokenKind.QuotedIdentifier, "\"b\""), (TokenKind.String, "'c'") },
            LexClean("a\"b\"'c'"));
    }
}
