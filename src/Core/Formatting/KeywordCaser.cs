namespace SchemaGen.Core.Formatting;

/// <summary>
/// Re-spells keywords in upper or lower case. Only unquoted keyword tokens change: names,
/// quoted identifiers, strings, comments and dollar-quoted bodies keep their bytes.
/// </summary>
internal static class KeywordCaser
{
    // After these words the next word names an object, even when it is spelled like a
    // non-reserved keyword (a column called "name" or "key").
    private static readonly HashSet<string> NameIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "COLUMN", "TABLE", "INDEX", "CONSTRAINT", "REFERENCES", "SEQUENCE", "VIEW", "SCHEMA", "EXTENSION",
        "TRIGGER", "POLICY", "FUNCTION", "PROCEDURE", "DOMAIN", "TO", "ON", "EXISTS", "ONLY", "OWNED",
    };

    // Words that start an ALTER TABLE action or a table constraint after a comma, where a column name could also stand.
    private static readonly HashSet<string> ActionStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "ADD", "ALTER", "DROP", "SET", "RENAME", "VALIDATE", "ATTACH", "DETACH", "OWNER", "ENABLE", "DISABLE",
        "INHERIT", "NO", "RESET", "REPLICA", "CLUSTER", "FORCE", "EXCLUDE",
    };

    private static readonly HashSet<string> AfterOn = new(StringComparer.OrdinalIgnoreCase)
    {
        "DELETE", "UPDATE", "COMMIT", "CONFLICT",
    };

    public static string Apply(string sql, KeywordCase keywordCase)
    {
        if (keywordCase == KeywordCase.Preserve) return sql;
        var tokens = SqlTokens.Lex(sql);
        char[]? chars = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != SqlTokenKind.Word) continue;
            var text = token.Text(sql);
            if (!Postgres.Keywords.IsKeyword(text) || IsName(sql, tokens, i, text)) continue;
            var spelled = keywordCase == KeywordCase.Upper ? text.ToUpperInvariant() : text.ToLowerInvariant();
            if (spelled == text) continue;
            chars ??= sql.ToCharArray();
            spelled.CopyTo(0, chars, token.Start, token.Length);
        }
        return chars is null ? sql : new string(chars);
    }

    private static bool IsName(string sql, List<SqlToken> tokens, int i, string text)
    {
        if (Postgres.Keywords.IsReserved(text)) return false;
        var previous = i > 0 ? tokens[i - 1] : default(SqlToken?);
        var next = i + 1 < tokens.Count ? tokens[i + 1] : default(SqlToken?);

        if (previous?.Kind == SqlTokenKind.Dot || next?.Kind == SqlTokenKind.Dot) return true;
        if (text.Equals("IF", StringComparison.OrdinalIgnoreCase) && next is { } n
            && (n.Is(sql, "EXISTS") || n.Is(sql, "NOT")))
            return false;
        if (text.Equals("EXISTS", StringComparison.OrdinalIgnoreCase) && previous is { } p
            && (p.Is(sql, "IF") || p.Is(sql, "NOT")))
            return false;
        if (previous is not { } prev) return false;
        if (prev.Kind == SqlTokenKind.Word)
        {
            var prevText = prev.Text(sql);
            if (prevText.Equals("ON", StringComparison.OrdinalIgnoreCase)) return !AfterOn.Contains(text);
            return NameIntroducers.Contains(prevText);
        }
        if (prev.Kind is SqlTokenKind.OpenParen or SqlTokenKind.Comma)
            return !ActionStarters.Contains(text);
        return false;
    }
}
