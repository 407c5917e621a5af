using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.Analyzers;

/// <summary>
/// <c>-- schemagen:allow SG1002 reason</c> on the object's line, or in the run of comment lines
/// directly above it, acknowledges that hazard for that object only. Several IDs may be listed,
/// separated by commas or spaces, before the reason.
/// </summary>
internal static class AllowComments
{
    private static readonly Regex Allow = new(
        @"--\s*schemagen:allow\s+(?<ids>SG\d{4}(?:[\s,]+SG\d{4})*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <param name="line">The object's 1-based line.</param>
    public static bool IsAllowed(SourceText text, int line, string id)
    {
        var index = line - 1;
        if (index < 0 || index >= text.Lines.Count) return false;
        if (LineAllows(text.Lines[index].ToString(), id)) return true;

        for (var above = index - 1; above >= 0; above--)
        {
            var content = text.Lines[above].ToString().Trim();
            if (!content.StartsWith("--", StringComparison.Ordinal)) break;
            if (LineAllows(content, id)) return true;
        }
        return false;
    }

    private static bool LineAllows(string line, string id)
    {
        foreach (Match match in Allow.Matches(line))
        {
            foreach (var listed in match.Groups["ids"].Value.Split(new[] { ' ', '\t', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (string.Equals(listed, id, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }
}
