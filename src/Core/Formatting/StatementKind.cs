namespace SchemaGen.Core.Formatting;

/// <summary>
/// What a statement does, in the words of a section comment ("Add new columns", "Create index"),
/// and how many objects it touches (an ALTER TABLE with two ADD COLUMN actions adds two columns).
/// </summary>
internal readonly record struct StatementKind(string Singular, string Plural, int Count)
{
    /// <summary>
    /// The columns an ALTER TABLE adds or alters, as <c>table.column</c> in lower case; lets an
    /// ALTER COLUMN that finishes an ADD COLUMN (dropping a temporary default) join its group.
    /// </summary>
    public IReadOnlyList<string> Columns { get; init; } = Array.Empty<string>();

    private static readonly HashSet<string> CreateModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "RECURSIVE", "TRUSTED",
        "PROCEDURAL", "DEFAULT",
    };

    private static readonly HashSet<string> ConstraintStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE",
    };

    public static StatementKind Classify(string statement)
    {
        var tokens = SqlTokens.Lex(statement);
        return Classify(statement, tokens, 0);
    }

    private static StatementKind Classify(string sql, List<SqlToken> tokens, int start)
    {
        string Word(int i) => i < tokens.Count && tokens[i].Kind == SqlTokenKind.Word ? tokens[i].Text(sql).ToUpperInvariant() : "";

        switch (Word(start))
        {
            case "CREATE":
            {
                var i = start + 1;
                while (CreateModifiers.Contains(Word(i))) i++;
                if (Word(i) == "CONSTRAINT" && Word(i + 1) == "TRIGGER") i++;
                return Noun("Create", ObjectNoun(Word(i), Word(i + 1)));
            }
            case "DROP":
            {
                var noun = ObjectNoun(Word(start + 1), Word(start + 2));
                return Noun(noun == "table" ? "Drop" : "Remove", noun);
            }
            case "ALTER" when Word(start + 1) == "TABLE":
                return AlterTable(sql, tokens, start + 2);
            case "ALTER":
                return Noun("Alter", ObjectNoun(Word(start + 1), Word(start + 2)));
            case "COMMENT":
                return new StatementKind("Set comment", "Set comments", 1);
            case "UPDATE":
                return new StatementKind("Backfill data", "Backfill data", 1);
            case "INSERT":
                return new StatementKind("Insert rows", "Insert rows", 1);
            case "DO":
                return GuardedBlock(sql, tokens, start);
            case "":
                return new StatementKind("Run statement", "Run statements", 1);
            default:
            {
                var verb = Word(start);
                var text = char.ToUpperInvariant(verb[0]) + verb.Substring(1).ToLowerInvariant();
                return new StatementKind(text, text, 1);
            }
        }
    }

    private static StatementKind Noun(string verb, string noun) =>
        new($"{verb} {noun}", $"{verb} {ChangeSummary.Plural(noun)}", 1);

    private static string ObjectNoun(string first, string second) => first switch
    {
        "MATERIALIZED" => "materialized view",
        "FOREIGN" when second == "TABLE" => "foreign table",
        "" => "object",
        _ => first.ToLowerInvariant(),
    };

    private static StatementKind AlterTable(string sql, List<SqlToken> tokens, int i)
    {
        bool IsWord(int at, string word) => at < tokens.Count && tokens[at].Is(sql, word);

        if (IsWord(i, "IF") && IsWord(i + 1, "EXISTS")) i += 2;
        if (IsWord(i, "ONLY")) i++;
        // The table name: words, quoted names and dots up to the first action.
        var tableStart = i;
        i++;
        while (i + 1 < tokens.Count && tokens[i].Kind == SqlTokenKind.Dot) i += 2;
        var table = i - 1 < tokens.Count && tableStart < tokens.Count
            ? sql.Substring(tokens[tableStart].Start, tokens[i - 1].Start + tokens[i - 1].Length - tokens[tableStart].Start)
            : "";
        var columns = new List<string>();
        if (i < tokens.Count && tokens[i].Kind == SqlTokenKind.Literal && sql[tokens[i].Start] == '*') i++;

        var actions = new List<string>();
        var depth = 0;
        var actionStart = i;
        for (; i <= tokens.Count; i++)
        {
            var kind = i < tokens.Count ? tokens[i].Kind : SqlTokenKind.Semicolon;
            if (kind == SqlTokenKind.OpenParen) depth++;
            else if (kind == SqlTokenKind.CloseParen) depth--;
            else if (depth == 0 && kind is SqlTokenKind.Comma or SqlTokenKind.Semicolon)
            {
                if (i > actionStart)
                {
                    actions.Add(ActionKey(sql, tokens, actionStart));
                    if (ActionColumn(sql, tokens, actionStart, i) is { } column)
                        columns.Add((table + "." + column).ToLowerInvariant());
                }
                actionStart = i + 1;
                if (kind == SqlTokenKind.Semicolon) break;
            }
        }

        if (actions.Count == 0) return new StatementKind("Alter table", "Alter tables", 1);
        var key = actions[0];
        if (actions.Any(a => a != key)) return new StatementKind("Alter table", "Alter tables", 1);
        return key switch
        {
            "add column" => new StatementKind("Add new column", "Add new columns", actions.Count) { Columns = columns },
            "drop column" => new StatementKind("Remove column", "Remove columns", actions.Count),
            "add constraint" => new StatementKind("Add constraint", "Add constraints", actions.Count),
            "drop constraint" => new StatementKind("Remove constraint", "Remove constraints", actions.Count),
            "alter column" => new StatementKind("Alter column", "Alter columns", actions.Count) { Columns = columns },
            "rename" => new StatementKind("Rename", "Rename", actions.Count),
            _ => new StatementKind("Alter table", "Alter tables", 1),
        };
    }

    // The column named by an ADD [COLUMN] [IF NOT EXISTS] c or ALTER [COLUMN] c action.
    private static string? ActionColumn(string sql, List<SqlToken> tokens, int start, int end)
    {
        var i = start;
        if (!(tokens[i].Is(sql, "ADD") || tokens[i].Is(sql, "ALTER"))) return null;
        i++;
        if (i < end && tokens[i].Is(sql, "COLUMN")) i++;
        if (i + 2 < end && tokens[i].Is(sql, "IF") && tokens[i + 1].Is(sql, "NOT") && tokens[i + 2].Is(sql, "EXISTS")) i += 3;
        return i < end && tokens[i].Kind is SqlTokenKind.Word or SqlTokenKind.Literal ? tokens[i].Text(sql) : null;
    }

    private static string ActionKey(string sql, List<SqlToken> tokens, int i)
    {
        string Word(int at) => at < tokens.Count && tokens[at].Kind == SqlTokenKind.Word ? tokens[at].Text(sql).ToUpperInvariant() : "";
        var verb = Word(i);
        var next = Word(i + 1);
        return verb switch
        {
            "ADD" when ConstraintStarters.Contains(next) => "add constraint",
            "ADD" => "add column",
            "DROP" when next == "CONSTRAINT" => "drop constraint",
            "DROP" when next is "COLUMN" or "" || !Postgres.Keywords.IsKeyword(next) => "drop column",
            "ALTER" when next != "CONSTRAINT" => "alter column",
            "RENAME" => "rename",
            _ => "other",
        };
    }

    // Guarded DO blocks wrap one statement PostgreSQL has no IF [NOT] EXISTS for; name the
    // group after that statement.
    private static StatementKind GuardedBlock(string sql, List<SqlToken> tokens, int start)
    {
        var body = tokens.Skip(start + 1).FirstOrDefault(t => t.Kind == SqlTokenKind.Literal && sql[t.Start] == '$');
        if (body.Length > 0)
        {
            var text = body.Text(sql);
            var tagLength = text.IndexOf('$', 1) + 1;
            if (tagLength > 0 && text.Length >= 2 * tagLength)
            {
                var inner = text.Substring(tagLength, text.Length - 2 * tagLength);
                var innerTokens = SqlTokens.Lex(inner);
                for (var i = 0; i < innerTokens.Count; i++)
                {
                    if (innerTokens[i].Kind != SqlTokenKind.Word) continue;
                    var word = innerTokens[i].Text(inner).ToUpperInvariant();
                    if (word is "ALTER" or "CREATE" or "DROP" or "COMMENT")
                        return Classify(inner, innerTokens, i);
                }
            }
        }
        return new StatementKind("Run guarded block", "Run guarded blocks", 1);
    }
}
