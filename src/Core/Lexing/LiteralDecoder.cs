using System.Text;

namespace SchemaGen.Core.Lexing;

/// <summary>
/// Decodes the bodies of <c>E'...'</c> and <c>U&amp;'...'</c>/<c>U&amp;"..."</c> literals. Both the
/// lexer (validation only, reporting errors) and <see cref="TokenValues"/> (building the value)
/// go through here, so they cannot disagree.
/// </summary>
internal static class LiteralDecoder
{
    /// <summary>Decodes an <c>E'...'</c> body spanning [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static void DecodeEscapeString(string s, int from, int to, StringBuilder? output, List<LexError>? errors)
    {
        var builder = new LiteralBuilder(output, errors);
        int i = from;
        while (i < to)
        {
            char c = s[i];
            if (c == '\'')
            {
                builder.Char('\'');
                i += 2;
                continue;
            }

            if (c != '\\' || i + 1 >= to)
            {
                builder.Char(c);
                i++;
                continue;
            }

            char next = s[i + 1];
            if (next == 'u' || next == 'U')
            {
                int wanted = next == 'u' ? 4 : 8;
                int digits = CountHexDigits(s, i + 2, to, wanted);
                if (digits < wanted)
                {
                    errors?.Add(new LexError(i, 2 + digits, LexMessages.InvalidUnicodeEscape));
                    output?.Append('\uFFFD');
                    i += 2 + digits;
                    continue;
                }

                long value = ParseHex(s, i + 2, wanted);
                builder.CodePointEscape(value > int.MaxValue ? -1 : (int)value, i, 2 + wanted);
                i += 2 + wanted;
            }
            else if (next >= '0' && next <= '7')
            {
                int end = i + 1;
                int value = 0;
                while (end < to && end < i + 4 && s[end] >= '0' && s[end] <= '7')
                {
                    value = (value << 3) + (s[end] - '0');
                    end++;
                }

                // PostgreSQL keeps the low byte of \400..\777.
                builder.ByteEscape(value & 0xFF, i, end - i);
                i = end;
            }
            else if (next == 'x' && i + 2 < to && SqlChars.IsHexDigit(s[i + 2]))
            {
                int digits = CountHexDigits(s, i + 2, to, 2);
                builder.ByteEscape((int)ParseHex(s, i + 2, digits), i, 2 + digits);
                i += 2 + digits;
            }
            else
            {
                builder.Char(UnescapeSingle(next));
                i += 2;
            }
        }

        builder.Finish();
    }

    /// <summary>
    /// Decodes a <c>U&amp;</c> body spanning [<paramref name="from"/>, <paramref name="to"/>), where
    /// <paramref name="quote"/> doubled stands for itself and <paramref name="escape"/> introduces
    /// <c>XXXX</c> or <c>+XXXXXX</c>.
    /// </summary>
    public static void DecodeUnicodeEscapes(
        string s, int from, int to, char quote, char escape, StringBuilder? output, List<LexError>? errors)
    {
        var builder = new LiteralBuilder(output, errors);
        int i = from;
        while (i < to)
        {
            char c = s[i];
            if (c == quote)
            {
                builder.Char(quote);
                i += 2;
            }
            else if (c != escape)
            {
                builder.Char(c);
                i++;
            }
            else if (i + 1 < to && s[i + 1] == escape)
            {
                builder.Char(escape);
                i += 2;
            }
            else if (CountHexDigits(s, i + 1, to, 4) == 4)
            {
                builder.CodePointEscape((int)ParseHex(s, i + 1, 4), i, 5);
                i += 5;
            }
            else if (i + 1 < to && s[i + 1] == '+' && CountHexDigits(s, i + 2, to, 6) == 6)
            {
                builder.CodePointEscape((int)ParseHex(s, i + 2, 6), i, 8);
                i += 8;
            }
            else
            {
                // Keep the escape character itself in the value; the error already says it is wrong.
                errors?.Add(new LexError(i, 1, LexMessages.InvalidUnicodeEscape));
                builder.Char(c);
                i++;
            }
        }

        builder.Finish();
    }

    private static char UnescapeSingle(char c)
    {
        switch (c)
        {
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            default: return c;
        }
    }

    private static int CountHexDigits(string s, int from, int to, int max)
    {
        int n = 0;
        while (n < max && from + n < to && SqlChars.IsHexDigit(s[from + n])) n++;
        return n;
    }

    private static long ParseHex(string s, int from, int count)
    {
        long value = 0;
        for (int i = 0; i < count; i++) value = (value << 4) | (uint)SqlChars.HexValue(s[from + i]);
        return value;
    }
}
