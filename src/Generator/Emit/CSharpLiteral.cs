using System.Globalization;
using System.Text;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Regular (non-verbatim, non-raw) C# string literals for arbitrary text. Every character that could
/// change meaning or vanish is escaped: quotes, backslashes, control and format characters, line
/// separators and lone surrogates. Raw strings would need C# 11 and cannot hold every character;
/// verbatim strings keep line ends as written in the generated file.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>One literal, e.g. <c>"it's \"x\"\n"</c>.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        AppendEscaped(builder, value, 0, value.Length);
        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// The text as one literal per line (split after each <c>\n</c>), so that generated SQL reads
    /// line by line; the caller joins them with <c>+</c>, which C# folds into one constant.
    /// </summary>
    public static IReadOnlyList<string> QuoteLines(string value)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\n') continue;
            lines.Add(QuoteRange(value, start, i + 1 - start));
            start = i + 1;
        }
        if (start < value.Length || lines.Count == 0) lines.Add(QuoteRange(value, start, value.Length - start));
        return lines;
    }

    private static string QuoteRange(string value, int start, int length)
    {
        var builder = new StringBuilder(length + 2);
        builder.Append('"');
        AppendEscaped(builder, value, start, length);
        builder.Append('"');
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string value, int start, int length)
    {
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\0': builder.Append("\\0"); continue;
                case '\a': builder.Append("\\a"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\v': builder.Append("\\v"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (MustEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                continue;
            }

            builder.Append(c);
        }
    }

    // Line separators end a C# line even inside a literal; format characters (bidi overrides,
    // zero-width spaces, BOM) are invisible in review; lone surrogates do not survive UTF-8.
    private static bool MustEscape(char c)
    {
        if (c < ' ') return true;
        if (c < 0x7F) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }
}
