using System.Text;

namespace SchemaGen.Generator.Emit;

internal static class XmlDoc
{
    /// <summary>
    /// Text safe inside an XML doc comment on one line: markup characters become entities, and
    /// line breaks and other control characters (not allowed in XML) become spaces.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c) ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }
}
