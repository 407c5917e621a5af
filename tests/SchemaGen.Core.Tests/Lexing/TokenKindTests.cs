using SchemaGen.Core.Lexing;
using static SchemaGen.Core.Tests.Lexing.LexerTestHelpers;

namespace SchemaGen.Core.Tests.Lexing;

public class TokenKindTests
{
    /// <summary>Samples of every token kind; also the input of the adjacent-pair tests.</summary>
    public static readonly (TokenKind Kind, string Text)[] Samples =
    {
        (TokenKind.Identifier, "abc"),
        (TokenKind.Identifier, "_x9$"),
        (TokenKind.Identifier, "Été"),
        (TokenKind.Identifier, "日本"),
        (TokenKind.QuotedIdentifier, "\"a b\""),
        (TokenKind.QuotedIdentifier, "\"q\"\"q\""),
        (TokenKind.UnicodeQuotedIdentifier, "U&\"d\\0061t\""),
        (TokenKind.UnicodeQuotedIdentifier, "u&\"d!0061t\" UESCAPE '!'"),
        (TokenKind.String, "'s'"),
        (TokenKind.String, "'it''s'"),
        (TokenKind.String, "''"),
        (TokenKind.EscapeString, "E'a\\'b'"),
        (TokenKind.EscapeString, "e'\\n'"),
        (TokenKind.UnicodeString, "U&'\\0041'"),
        (TokenKind.UnicodeString, "U&'d!0061t' uescape '!'"),
        (TokenKind.BitString, "B'101'"),
        (TokenKind.BitString, "x'1F'"),
        (TokenKind.DollarString, "$$x$$"),
        (TokenKind.DollarString, "$f$ $ $$ $f$"),
        (TokenKind.Integer, "1"),
        (TokenKind.Integer, "42"),
        (TokenKind.Integer, "0x1F"),
        (TokenKind.Integer, "0o17"),
        (TokenKind.Integer, "0b101"),
        (TokenKind.Integer, "1_000"),
        (TokenKind.Numeric, "1.5"),
        (TokenKind.Numeric, ".5"),
        (TokenKind.Numeric, "1."),
        (TokenKind.Numeric, "1e10"),
        (TokenKind.Numeric, "1.5E-3"),
        (TokenKind.Parameter, "$1"),
        (TokenKind.Operator, "+"),
        (TokenKind.Operator, "-"),
        (TokenKind.Operator, "*"),
        (TokenKind.Operator, "/"),
        (TokenKind.Operator, "<>"),
        (TokenKind.Operator, "<="),
        (TokenKind.Operator, "||"),
        (TokenKind.Operator, "->>"),
        (TokenKind.Operator, "@>"),
        (TokenKind.Operator, "!="),
        (TokenKind.Operator, "?-"),
        (TokenKind.OpenParen, "("),
        (TokenKind.CloseParen, ")"),
        (TokenKind.OpenBracket, "["),
        (TokenKind.CloseBracket, "]"),
        (TokenKind.Comma, ","),
        (TokenKind.Semicolon, ";"),
        (TokenKind.Dot, "."),
        (TokenKind.Colon, ":"),
        (TokenKind.DoubleColon, "::"),
        (TokenKind.ColonEquals, ":="),
        (TokenKind.EqualsGreater, "=>"),
    };

    public static IEnumerable<object[]> SampleData => Samples.Select(s => new object[] { s.Kind, s.Text });

    [Theory]
    [MemberData(nameof(SampleData))]
    public void Sample_lexes_as_one_token_of_its_kind(TokenKind kind, string text)
    {
        var token = Single(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(0, token.Start);
        Assert.Equal(text.Length, token.Length);
    }

    [Fact]
    public void Every_kind_except_trivia_outcomes_has_a_sample()
    {
        var covered = Samples.Select(s => s.Kind).ToHashSet();
        var missing = Enum.GetValues(typeof(TokenKind)).Cast<TokenKind>()
            .Where(k => k != TokenKind.EndOfFile && k != TokenKind.Bad && !covered.Contains(k));
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n\f\v")]
    [InlineData("-- only a comment")]
    [InlineData("/* only */ /* comments */")]
    [InlineData("\uFEFF")]
    public void Empty_input_gives_only_end_of_file(string source)
    {
        var result = Lexer.Lex(source);
        Assert.Empty(result.Errors);
        var eof = Assert.Single(result.Tokens);
        Assert.Equal(new Token(TokenKind.EndOfFile, source.Length, 0), eof);
    }

    [Fact]
    public void Tokens_carry_exact_spans()
    {
        const string source = "CREATE TABLE \"t\" (id int);";
        var tokens = Lexer.Lex(source).Tokens;
        Assert.Equal(
            new[]
            {
                new Token(TokenKind.Identifier, 0, 6),
                new Token(TokenKind.Identifier, 7, 5),
                new Token(TokenKind.QuotedIdentifier, 13, 3),
                new Token(TokenKind.OpenParen, 17, 1),
                new Token(TokenKind.Identifier, 18, 2),
                new Token(TokenKind.Identifier, 21, 3),
                new Token(TokenKind.CloseParen, 24, 1),
                new Token(TokenKind.Semicolon, 25, 1),
                new Token(TokenKind.EndOfFile, 26, 0),
            },
            tokens);
    }

    [Fact]
    public void Byte_order_mark_is_skipped()
    {
        Assert.Equal(new[] { (TokenKind.Identifier, "a") }, LexClean("\uFEFFa"));
    }

    [Fact]
    public void Realistic_ddl()
    {
        const string source = """
            CREATE TABLE public.users (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email text NOT NULL CHECK (email ~* '^[^@]+@[^@]+$'),
                created_at timestamptz DEFAULT now()::timestamptz(3)
            );
            """;
        var kinds = LexClean(source).Select(t => t.Kind).ToArray();
        Assert.Contains(TokenKind.DoubleColon, kinds);
        Assert.Equal(
            new[] { "~*", "'^[^@]+@[^@]+$'" },
            LexClean(source).Where(t => t.Kind is TokenKind.Operator or TokenKind.String).Select(t => t.Text));
    }
}
