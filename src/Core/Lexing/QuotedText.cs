namespace SchemaGen.Core.Lexing;

/// <summary>
/// Finding where quoted constructs end. Shared by the lexer and by <see cref="TokenValues"/>,
/// which re-reads a token's inner structure (e.g. its UESCAPE clause) instead of storing it.
/// </summary>
internal static class QuotedText
{
    private static readonly char[] EscapeStringStops = { '\'', '\\' };

    /// <summary>
    /// The index after the closing <paramref name="quote"/> of a body starting at
    /// <paramref name="from"/>, where a doubled quote stands for one; -1 when unterminated.
    /// </summary>
    public static int FindEnd(string s, int from, char quote)
    {
        int i = from;
        while (true)
        {
            int q = s.IndexOf(quote, i);
            if (q < 0) return -1;
            if (q + 1 < s.Length && s[q + 1] == quote)
            {
                i = q + 2;
                continue;
            }

            return q + 1;
        }
    }

    /// <summary>Like <see cref="FindEnd"/> for an <c>E'...'</c> body, where a backslash protects the next character.</summary>
    public static int FindEscapeStringEnd(string s, int from)
    {
        int i = from;
        while (true)
        {
            int q = s.IndexOfAny(EscapeStringStops, i);
            if (q < 0 || (q + 1 >= s.Length && s[q] == '\\')) return -1;
            if (s[q] == '\\')
            {
                i = q + 2;
                continue;
            }

            if (q + 1 < s.Length && s[q + 1] == '\'')
            {
                i = q + 2;
                continue;
            }

            return q + 1;
        }
    }

    /// <summary>
    /// The length of the dollar-quote delimiter (<c>$$</c> or <c>$tag$</c>) at <paramref name="pos"/>,
    /// or 0 when there is none.
    /// </summary>
    public static int DelimiterLength(string s, int pos)
    {
        int i = pos + 1;
        if (i < s.Length && SqlChars.IsTagStart(s[i]))
        {
            i++;
            while (i < s.Length && SqlChars.IsTagCont(s[i])) i++;
        }

        return i < s.Length && s[i] == '$' ? i - pos + 1 : 0;
    }

    /// <summary>
    /// The index after the closing delimiter of the dollar quote opened at <paramref name="pos"/>
    /// with a delimiter of <paramref name="delimiterLength"/> characters; -1 when unterminated.
    /// </summary>
    public static int FindDollarEnd(string s, int pos, int delimiterLength)
    {
        int i = pos + delimiterLength;
        while (true)
        {
            int k = s.IndexOf('$', i);
            if (k < 0 || k + delimiterLength > s.Length) return -1;
            if (string.CompareOrdinal(s, k, s, pos, delimiterLength) == 0) return k + delimiterLength;
            i = k + 1;
        }
    }

    /// <summary>
    /// Reads the string constant that may follow UESCAPE: a standard, escape or dollar-quoted
    /// string (PostgreSQL accepts any plain string constant there). False when none starts at
    /// <paramref name="pos"/> or it is unterminated.
    /// </summary>
    public static bool TryReadPlainString(string s, int pos, out Token token)
    {
        token = default;
        if (pos >= s.Length) return false;
        char c = s[pos];
        int end;
        TokenKind kind;
        if (c == '\'')
        {
            kind = TokenKind.String;
            end = FindEnd(s, pos + 1, '\'');
        }
        else if ((c == 'e' || c == 'E') && pos + 1 < s.Length && s[pos + 1] == '\'')
        {
            kind = TokenKind.EscapeString;
            end = FindEscapeStringEnd(s, pos + 2);
        }
        else if (c == '$' && DelimiterLength(s, pos) is var delimiter && delimiter > 0)
        {
            kind = TokenKind.DollarString;
            end = FindDollarEnd(s, pos, delimiter);
        }
        else
        {
            return false;
        }

        if (end < 0) return false;
        token = new Token(kind, pos, end - pos);
        return true;
    }

    /// <summary>
    /// Looks for <c>UESCAPE</c> after a <c>U&amp;</c> literal ending at <paramref name="literalEnd"/>.
    /// Returns the index after the UESCAPE keyword (or -1 when there is none), and its string
    /// operand when there is one.
    /// </summary>
    public static int FindUescape(string s, int literalEnd, out Token operand, out bool hasOperand)
    {
        operand = default;
        hasOperand = false;
        int p = Trivia.Skip(s, literalEnd);
        const string Keyword = "uescape";
        if (p + Keyword.Length > s.Length) return -1;
        for (int i = 0; i < Keyword.Length; i++)
        {
            if (SqlChars.ToLowerAscii(s[p + i]) != Keyword[i]) return -1;
        }

        int keywordEnd = p + Keyword.Length;
        if (keywordEnd < s.Length && SqlChars.IsIdentCont(s[keywordEnd])) return -1;
        hasOperand = TryReadPlainString(s, Trivia.Skip(s, keywordEnd), out operand);
        return keywordEnd;
    }

    /// <summary>Whether PostgreSQL accepts <paramref name="c"/> as a UESCAPE character.</summary>
    public static bool IsValidUescapeChar(char c) =>
        c < '\u0080' && !SqlChars.IsHexDigit(c) && c != '+' && c != '\'' && c != '"' && !SqlChars.IsSpace(c);
}
