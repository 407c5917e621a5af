namespace SchemaGen.Core.Formatting;

/// <summary>
/// The formatter's view of a statement's tokens (comments and whitespace skipped).
/// Stopgap scanner until SchemaGen.Core.Lexing.Lexer lands; it only needs to tell words
/// apart from quoted names, strings, dollar-quoted bodies and comments.
/// </summary>
internal static class SqlTokens
{
    public static List<SqlToken> Lex(string s)
    {
        var tokens = new List<SqlToken>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var start = i;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '-' && At(s, i + 1, '-'))
            {
                while (i < s.Length && s[i] != '\n') i++;
                continue;
            }
            if (c == '/' && At(s, i + 1, '*'))
            {
                var depth = 0;
                while (i < s.Length)
                {
                    if (s[i] == '/' && At(s, i + 1, '*')) { depth++; i += 2; }
                    else if (s[i] == '*' && At(s, i + 1, '/')) { i += 2; if (--depth == 0) break; }
                    else i++;
                }
                continue;
            }
            if (c == '\'' || ((c == 'E' || c == 'e' || c == 'B' || c == 'b' || c == 'X' || c == 'x') && At(s, i + 1, '\'')))
            {
                var backslashes = c == 'E' || c == 'e';
                i = c == '\'' ? i + 1 : i + 2;
                i = SkipQuoted(s, i, '\'', backslashes);
                tokens.Add(new SqlToken(SqlTokenKind.Literal, start, i - start));
                continue;
            }
            if ((c == 'U' || c == 'u') && At(s, i + 1, '&') && (At(s, i + 2, '\'') || At(s, i + 2, '"')))
            {
                i = SkipQuoted(s, i + 3, s[i + 2], false);
                tokens.Add(new SqlToken(SqlTokenKind.Literal, start, i - start));
                continue;
            }
            if (c == '"')
            {
                i = SkipQuoted(s, i + 1, '"', false);
                tokens.Add(new SqlToken(SqlTokenKind.Literal, start, i - start));
                continue;
            }
            if (c == '$' && TryDollarTag(s, i, out var tag))
            {
                var end = s.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                i = end < 0 ? s.Length : end + tag.Length;
                tokens.Add(new SqlToken(SqlTokenKind.Literal, start, i - start));
                continue;
            }
            if (char.IsLetter(c) || c == '_' || c > 127)
            {
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_' || s[i] == '$' || s[i] > 127)) i++;
                tokens.Add(new SqlToken(SqlTokenKind.Word, start, i - start));
                continue;
            }
            var kind = c switch
            {
                '(' => SqlTokenKind.OpenParen,
                ')' => SqlTokenKind.CloseParen,
                ',' => SqlTokenKind.Comma,
                ';' => SqlTokenKind.Semicolon,
                '.' when !(At(s, i + 1, '0') || (i + 1 < s.Length && char.IsDigit(s[i + 1]))) => SqlTokenKind.Dot,
                _ => SqlTokenKind.Literal,
            };
            if (kind == SqlTokenKind.Literal && (char.IsDigit(c) || c == '.'))
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '.' || s[i] == '_')) i++;
            else
                i++;
            tokens.Add(new SqlToken(kind, start, i - start));
        }
        return tokens;
    }

    private static bool At(string s, int i, char c) => i < s.Length && s[i] == c;

    private static int SkipQuoted(string s, int i, char quote, bool backslashes)
    {
        while (i < s.Length)
        {
            if (backslashes && s[i] == '\\') { i += 2; continue; }
            if (s[i] == quote)
            {
                if (At(s, i + 1, quote)) { i += 2; continue; }
                return i + 1;
            }
            i++;
        }
        return s.Length;
    }

    private static bool TryDollarTag(string s, int i, out string tag)
    {
        var j = i + 1;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '_') && !(j == i + 1 && char.IsDigit(s[j]))) j++;
        if (At(s, j, '$'))
        {
            tag = s.Substring(i, j - i + 1);
            return true;
        }
        tag = "";
        return false;
    }
}
