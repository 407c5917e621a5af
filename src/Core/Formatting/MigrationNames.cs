using System.Text.RegularExpressions;

namespace SchemaGen.Core.Formatting;

/// <summary>Migration names as the seed writes them: <c>002_add_users_index.sql</c> is "Add Users Index".</summary>
public static class MigrationNames
{
    // Leading words that number a migration rather than name it: 003, 20240115103000, V3, migration.
    private static readonly Regex Numbering = new(@"^(?:\d+|[vV]\d+|migration)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The title of a migration file name: extension, a leading <c>migration_</c> and version
    /// numbers dropped, words title-cased. Null when nothing is left.
    /// </summary>
    public static string? TitleFromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (stem.EndsWith(".up", StringComparison.OrdinalIgnoreCase) || stem.EndsWith(".down", StringComparison.OrdinalIgnoreCase))
            stem = Path.GetFileNameWithoutExtension(stem);
        var words = stem.Split(new[] { '_', '-', ' ', '.' }, StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => Numbering.IsMatch(w))
            .ToList();
        if (words.Count == 0) return null;
        return string.Join(" ", words.Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
    }
}
