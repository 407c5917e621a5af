using System.Text;

namespace SchemaGen.Core.Postgres;

/// <summary>PostgreSQL's identifier rules for output: quote exactly when <c>quote_ident</c> would.</summary>
public static class Identifiers
{
    /// <summary>PostgreSQL's NAMEDATALEN - 1: the longest identifier in bytes.</summary>
    public const int MaxBytes = 63;

    public static string Quote(string name)
    {
        if (IsSafe(name)) return name;
        var builder = new StringBuilder(name.Length + 2).Append('"');
        foreach (var c in name)
        {
            if (c == '"') builder.Append('"');
            builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    /// <summary><c>schema.name</c>, with <c>public</c> left implicit.</summary>
    public static string QuoteQualified(string schema, string name) =>
        schema == "public" ? Quote(name) : Quote(schema) + "." + Quote(name);

    /// <summary><c>schema.name</c> always qualified, for contexts that must not depend on search_path.</summary>
    public static string QuoteFullyQualified(string schema, string name) => Quote(schema) + "." + Quote(name);

    private static bool IsSafe(string name)
    {
        if (name.Length == 0) return false;
        var first = name[0];
        if (!(first is >= 'a' and <= 'z' || first == '_')) return false;
        foreach (var c in name)
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '_')) return false;
        return !Keywords.RequiresQuoting(name);
    }

    /// <summary>A string literal with quotes doubled (standard_conforming_strings is on).</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";

    internal static int ByteLength(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>The longest prefix of <paramref name="text"/> that fits in <paramref name="maxBytes"/> bytes.</summary>
    internal static string ClipBytes(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var bytes = 0;
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.ToCharArray(i, width));
            if (bytes + size > maxBytes) break;
            bytes += size;
            i += width;
        }
        return text.Substring(0, i);
    }
}
