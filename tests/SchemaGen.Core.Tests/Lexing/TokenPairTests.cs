using SchemaGen.Core.Lexing;

namespace SchemaGen.Core.Tests.Lexing;

/// <summary>
/// Every ordered pair of sample tokens, written with and without trivia between them. The
/// predicate <see cref="RequiresSeparator"/> states exactly which pairs merge or change meaning
/// when written adjacently; the test checks it in both directions.
/// </summary>
public class TokenPairTests
{
    private static readonly string[] Separators = { " ", "\n", "\t\r\n", "/* c */", "/* a /* b */ c */", "-- c\n" };

    [Fact]
    public void Adjacent_pairs_lex_as_two_tokens_unless_they_must_be_separated()
    {
        var failures = new List<string>();
        foreach (var a in TokenKindTests.Samples)
        {
            foreach (var b in TokenKindTests.Samples)
            {
                string joined = a.Text + b.Text;
                var result = Lexer.Lex(joined);
                bool asTwo = result.Errors.Count == 0 && SameTokens(joined, result, a, b);
                bool expectedTwo = !RequiresSeparator(a, b);
                if (asTwo != expectedTwo)
                {
                    failures.Add($"[{a.Text}] + [{b.Text}]: expected {(expectedTwo ? "two tokens" : "a different lexing")}, got "
                        + string.Join(" ", result.Tokens.Select(t => $"{t.Kind}:{t.Text(joined)}")));
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Pairs_separated_by_trivia_always_lex_as_two_tokens()
    {
        var failures = new List<string>();
        foreach (var a in TokenKindTests.Samples)
        {
            foreach (var b in TokenKindTests.Samples)
            {
                foreach (string separator in Separators)
                {
                    // "-" then "-- c" is "--- c": one comment, by definition.
                    if (a.Text.EndsWith("-", StringComparison.Ordinal) && separator.StartsWith("-", StringComparison.Ordinal)) continue;
                    string source = a.Text + separator + b.Text;
                    var result = Lexer.Lex(source);
                    if (result.Errors.Count != 0 || !SameTokens(source, result, a, b))
                        failures.Add($"[{a.Text}] [{separator}] [{b.Text}]");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Minus_then_line_comment_is_all_comment()
    {
        Assert.Empty(LexerTestHelpers.LexClean("--- c"));
    }

    private static bool SameTokens(string source, LexResult result, (TokenKind Kind, string Text) a, (TokenKind Kind, string Text) b) =>
        result.Tokens.Length == 3
        && result.Tokens[0].Kind == a.Kind && result.Tokens[0].Text(source) == a.Text
        && result.Tokens[1].Kind == b.Kind && result.Tokens[1].Text(source) == b.Text;

    private static bool RequiresSeparator((TokenKind Kind, string Text) a, (TokenKind Kind, string Text) b)
    {
        char last = a.Text[^1];
        char first = b.Text[0];

        // A closing quote next to an opening one reads as a doubled quote (bit strings do not double).
        if (last == '\'' && first == '\'' && a.Kind != TokenKind.BitString) return true;
        if (last == '"' && first == '"') return true;

        switch (a.Kind)
        {
            case TokenKind.Identifier:
                return IsIdentCont(first);

            case TokenKind.Integer:
            case TokenKind.Numeric:
            case TokenKind.Parameter:
                if (IsIdentStart(first) || char.IsDigit(first)) return true;
                if (first == '.')
                {
                    // "1" + ".5" is "1.5"; "1." + ".5" is "1" ".." "5"; "0x1F" and "1e10" take no fraction.
                    bool decimalInteger = a.Kind == TokenKind.Integer && char.IsDigit(a.Text[^1]) && !a.Text.Contains('x') && !a.Text.Contains('o') && !a.Text.Contains('b');
                    return decimalInteger || a.Text.EndsWith(".", StringComparison.Ordinal);
                }

                // "0x1F$" is "0" followed by the identifier "x1F$".
                if (first == '$') return a.Kind != TokenKind.Parameter && LastRunHasIdentStart(a.Text);
                return false;

            case TokenKind.Operator:
            case TokenKind.EqualsGreater:
                if (!IsOperatorChar(first)) return false;
                if ((last == '-' && first == '-') || (last == '/' && first == '*')) return true;
                // SQL operators never end in + or -, so such a tail splits off again.
                if (b.Text.All(c => c is '+' or '-') && !a.Text.Any(c => "~!@#^&|`?%".Contains(c))) return false;
                return true;

            case TokenKind.Colon:
                return first is ':' or '=';

            case TokenKind.Dot:
                return char.IsDigit(first);

            default:
                return false;
        }
    }

    private static bool LastRunHasIdentStart(string text)
    {
        for (int i = text.Length - 1; i >= 0 && IsIdentCont(text[i]); i--)
        {
            if (IsIdentStart(text[i])) return true;
        }

        return false;
    }

    private static bool IsIdentStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or >= '\u0080';

    private static bool IsIdentCont(char c) => IsIdentStart(c) || char.IsDigit(c) || c == '$';

    private static bool IsOperatorChar(char c) => "+-*/<>=~!@#^&|`?%".Contains(c);
}
