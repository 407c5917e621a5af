using System.Text;

namespace SchemaGen.Core.Lexing;

/// <summary>
/// The values PostgreSQL gives tokens: folded and truncated identifier names, decoded string
/// constants. Computed on demand from the source so that tokens stay string-free.
/// </summary>
public static class TokenValues
{
    /// <summary>NAMEDATALEN - 1: the longest identifier PostgreSQL keeps, in UTF-8 bytes.</summary>
    public const int MaxIdentifierBytes = 63;

    /// <summary>
    /// The name an identifier token stands for: unquoted names fold ASCII letters to lower case
    /// (non-ASCII is kept, as PostgreSQL does in UTF-8); quoted names keep their case with
    /// <c>""</c> read as <c>"</c>; <c>U&amp;"..."</c> escapes are decoded. The result is truncated
    /// to <see cref="MaxIdentifierBytes"/> bytes of UTF-8.
    /// </summary>
    public static string Identifier(string source, Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                return FoldUnquoted(source, token.Start, TruncatedLength(source, token.Start, token.Length));

            case TokenKind.QuotedIdentifier:
            {
                int from = token.Start + 1;
                int to = token.End - 1;
                if (source.IndexOf('"', from, to - from) < 0)
                    return source.Substring(from, TruncatedLength(source, from, to - from));
                return Truncate(Undouble(source, from, to, '"'));
            }

            case TokenKind.UnicodeQuotedIdentifier:
                return Truncate(DecodeUnicode(source, token));

            default:
                throw new ArgumentException($"A {token.Kind} token is not an identifier.", nameof(token));
        }
    }

    /// <summary>
    /// The value of a string constant: standard (<c>''</c> read as <c>'</c>), escape (all of
    /// PostgreSQL's backslash escapes), Unicode (<c>U&amp;'...'</c> with its UESCAPE), dollar-quoted
    /// (the body, verbatim), or bit string (its digits, without the <c>B</c>/<c>X</c>).
    /// Invalid escapes, already reported by the lexer, decode to U+FFFD.
    /// </summary>
    public static string String(string source, Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.String:
            {
                int from = token.Start + 1;
                int to = token.End - 1;
                return source.IndexOf('\'', from, to - from) < 0
                    ? source.Substring(from, to - from)
                    : Undouble(source, from, to, '\'');
            }

            case TokenKind.EscapeString:
            {
                var output = new StringBuilder(token.Length);
                LiteralDecoder.DecodeEscapeString(source, token.Start + 2, token.End - 1, output, null);
                return output.ToString();
            }

            case TokenKind.UnicodeString:
                return DecodeUnicode(source, token);

            case TokenKind.DollarString:
            {
                int delimiter = QuotedText.DelimiterLength(source, token.Start);
                return source.Substring(token.Start + delimiter, token.Length - 2 * delimiter);
            }

            case TokenKind.BitString:
                return source.Substring(token.Start + 2, token.Length - 3);

            default:
                throw new ArgumentException($"A {token.Kind} token is not a string constant.", nameof(token));
        }
    }

    /// <summary>Whether a <see cref="TokenKind.BitString"/> token is hexadecimal (<c>X'...'</c>) rather than binary.</summary>
    public static bool IsHexBitString(string source, Token token) =>
        token.Kind == TokenKind.BitString && (source[token.Start] == 'x' || source[token.Start] == 'X');

    /// <summary>
    /// Whether <paramref name="token"/> is an unquoted identifier spelling
    /// <paramref name="keywordLowerCase"/> in any case. Quoted identifiers are never keywords.
    /// </summary>
    public static bool IsKeyword(string source, Token token, string keywordLowerCase)
    {
        if (token.Kind != TokenKind.Identifier || token.Length != keywordLowerCase.Length) return false;
        for (int i = 0; i < keywordLowerCase.Length; i++)
        {
            if (SqlChars.ToLowerAscii(source[token.Start + i]) != keywordLowerCase[i]) return false;
        }

        return true;
    }

    /// <summary>
    /// Cuts <paramref name="identifier"/> to at most <see cref="MaxIdentifierBytes"/> bytes of
    /// UTF-8 without splitting a character, as PostgreSQL truncates names.
    /// </summary>
    public static string Truncate(string identifier)
    {
        int length = TruncatedLength(identifier, 0, identifier.Length);
        return length == identifier.Length ? identifier : identifier.Substring(0, length);
    }

    /// <summary>How many of the <paramref name="length"/> characters at <paramref name="start"/> fit in the byte limit.</summary>
    private static int TruncatedLength(string s, int start, int length)
    {
        // Each UTF-16 unit encodes to at most 3 bytes, so 21 units always fit.
        if (length <= MaxIdentifierBytes / 3) return length;
        int bytes = 0;
        int end = start + length;
        int i = start;
        while (i < end)
        {
            char c = s[i];
            int units = 1;
            int size;
            if (c < 0x80) size = 1;
            else if (c < 0x800) size = 2;
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(s[i + 1]))
            {
                size = 4;
                units = 2;
            }
            else size = 3;

            if (bytes + size > MaxIdentifierBytes) break;
            bytes += size;
            i += units;
        }

        return i - start;
    }

    private static string FoldUnquoted(string s, int start, int length)
    {
        int i = start;
        int end = start + length;
        while (i < end && !(s[i] >= 'A' && s[i] <= 'Z')) i++;
        if (i == end) return s.Substring(start, length);

        var chars = new char[length];
        for (int k = 0; k < length; k++) chars[k] = SqlChars.ToLowerAscii(s[start + k]);
        return new string(chars);
    }

    private static string Undouble(string s, int from, int to, char quote)
    {
        var output = new StringBuilder(to - from);
        for (int i = from; i < to; i++)
        {
            output.Append(s[i]);
            if (s[i] == quote) i++;
        }

        return output.ToString();
    }

    private static string DecodeUnicode(string source, Token token)
    {
        char quote = source[token.Start + 2];
        int close = QuotedText.FindEnd(source, token.Start + 3, quote);
        char escape = '\\';
        if (close < token.End)
        {
            QuotedText.FindUescape(source, close, out Token operand, out bool hasOperand);
            if (hasOperand)
            {
                string value = String(source, operand);
                if (value.Length == 1) escape = value[0];
            }
        }

        var output = new StringBuilder(close - token.Start);
        LiteralDecoder.DecodeUnicodeEscapes(source, token.Start + 3, close - 1, quote, escape, output, null);
        return output.ToString();
    }
}
