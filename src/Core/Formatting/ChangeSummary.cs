using System.Text.RegularExpressions;

namespace SchemaGen.Core.Formatting;

/// <summary>
/// Turns <see cref="Migration.Changes"/> ("add column users.name", "add column users.updated_at",
/// "create index idx_users_email") into the one-line description of a migration header
/// ("Add name and updated_at columns to users, create index idx_users_email").
/// </summary>
internal static class ChangeSummary
{
    // Beyond this many groups a header line stops being readable; the rest is counted.
    private const int MaxGroups = 4;

    private static readonly Regex Shape = new(
        @"^(?<verb>\S+)\s+(?<kind>(?:materialized view|foreign key|check constraint|unique constraint|primary key|not null|[a-z]+))\s+(?<name>.+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Kinds whose objects belong to a table and are named table.object in Changes.
    private static readonly HashSet<string> TableMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "column", "constraint", "default", "not null", "trigger", "policy",
    };

    public static string Summarize(IReadOnlyList<string> changes)
    {
        if (changes.Count == 0) return "No schema changes";

        var groups = new List<(string Verb, string Kind, List<string> Names, string? Raw)>();
        foreach (var change in changes)
        {
            var match = Shape.Match(change.Trim());
            if (!match.Success)
            {
                groups.Add(("", "", new List<string>(), change.Trim()));
                continue;
            }
            var verb = match.Groups["verb"].Value.ToLowerInvariant();
            var kind = match.Groups["kind"].Value.ToLowerInvariant();
            var name = match.Groups["name"].Value.Trim();
            var last = groups.Count == 0 ? default : groups[groups.Count - 1];
            if (groups.Count > 0 && last.Raw is null && last.Verb == verb && last.Kind == kind)
                last.Names.Add(name);
            else
                groups.Add((verb, kind, new List<string> { name }, null));
        }

        var parts = groups.Select(g => g.Raw ?? Phrase(g.Verb, g.Kind, g.Names)).ToList();
        if (parts.Count > MaxGroups)
        {
            var rest = groups.Skip(MaxGroups - 1).Sum(g => Math.Max(1, g.Names.Count));
            parts = parts.Take(MaxGroups - 1).Concat(new[] { $"and {rest} more changes" }).ToList();
        }
        var text = string.Join(", ", parts);
        return char.ToUpperInvariant(text[0]) + text.Substring(1);
    }

    private static string Phrase(string verb, string kind, List<string> names)
    {
        if (names.Count == 1) return $"{verb} {kind} {names[0]}";

        var owner = TableMembers.Contains(kind) ? CommonTable(names) : null;
        var shown = owner is null ? names : names.Select(n => n.Substring(owner.Length + 1)).ToList();
        var phrase = $"{verb} {JoinWords(shown)} {Plural(kind)}";
        return owner is null ? phrase : $"{phrase} {Preposition(verb)} {owner}";
    }

    private static string? CommonTable(List<string> names)
    {
        string? table = null;
        foreach (var name in names)
        {
            var dot = name.LastIndexOf('.');
            if (dot <= 0) return null;
            var prefix = name.Substring(0, dot);
            if (table is null) table = prefix;
            else if (table != prefix) return null;
        }
        return table;
    }

    private static string Preposition(string verb) => verb switch
    {
        "add" or "create" => "to",
        "drop" or "remove" => "from",
        _ => "on",
    };

    private static string JoinWords(IReadOnlyList<string> words) => words.Count switch
    {
        1 => words[0],
        2 => $"{words[0]} and {words[1]}",
        _ => string.Join(", ", words.Take(words.Count - 1)) + " and " + words[words.Count - 1],
    };

    internal static string Plural(string noun)
    {
        if (noun.EndsWith("ex", StringComparison.Ordinal)) return noun.Substring(0, noun.Length - 2) + "exes";
        if (noun.EndsWith("y", StringComparison.Ordinal) && !noun.EndsWith("ey", StringComparison.Ordinal))
            return noun.Substring(0, noun.Length - 1) + "ies";
        if (noun.EndsWith("s", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal)) return noun + "es";
        if (noun == "not null") return "not null constraints";
        return noun + "s";
    }
}
