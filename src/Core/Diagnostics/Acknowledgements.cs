using System.Text.RegularExpressions;

namespace SchemaGen.Core.Diagnostics;

/// <summary>
/// <c>-- schemagen:allow SG1002 reason</c> on an object's line, or in the run of comment lines
/// directly above it, acknowledges that hazard for that object only. Several IDs may be listed,
/// separated by commas or spaces, before the reason. The analyzers and the CLI both apply it.
/// </summary>
public static class Acknowledgements
{
    private static readonly Regex Allow = new(
        @"--\s*schemagen:allow\s+(?<ids>SG\d{4}(?:[\s,]+SG\d{4})*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <param name="lineAt">The text of a 0-based line, or null past the end.</param>
    /// <param name="line">The object's 1-based line.</param>
    /// <param name="id">The diagnostic ID to look for.</param>
    public static bool IsAcknowledged(Func<int, string?> lineAt, int line, string id)
    {
        var index = line - 1;
        if (index < 0 || lineAt(index) is not { } own) return false;
        if (LineAllows(own, id)) return true;

        for (var above = index - 1; above >= 0; above--)
        {
            var content = lineAt(above)?.Trim() ?? "";
            if (!content.StartsWith("--", StringComparison.Ordinal)) break;
            if (LineAllows(content, id)) return true;
        }
        return false;
    }

    /// <summary>The same check over a whole file's text.</summary>
    public static bool IsAcknowledged(string text, int line, string id)
    {
        var lines = text.Split('\n');
        return IsAcknowledged(i => i < lines.Length ? lines[i].TrimEnd('\r') : null, line, id);
    }

    /// <summary>The hazards no comment in the schema files they point into acknowledges.</summary>
    public static IReadOnlyList<Hazard> Unacknowledged(IEnumerable<Hazard> hazards, params SchemaDocument[] documents) =>
        hazards.Where(h => h.Location is not { } location
                           || documents.FirstOrDefault(d => d.Path == location.Path) is not { } document
                           || !IsAcknowledged(document.Text, location.Line, h.Id)).ToList();

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
