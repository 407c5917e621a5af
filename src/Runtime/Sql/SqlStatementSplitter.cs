namespace SchemaGen.Runtime.Sql;

/// <summary>
/// Cuts SQL into statements at top-level semicolons, the way psql does: semicolons inside
/// string literals, quoted identifiers, dollar quotes, comments, parentheses and
/// <c>BEGIN ATOMIC ... END</c> function bodies do not end a statement.
/// </summary>
/// <remarks>
/// Statements are sent one by one so that a failure names the statement and its position, and
/// so that non-transactional migrations can run (and resume) statement by statement.
/// </remarks>
internal static class SqlStatementSplitter
{
    public static IReadOnlyList<SqlStatement> Split(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var statements = new List<SqlStatement>();
        var state = new StatementState();
        var start = -1;
        var i = 0;

        while (i < sql.Length)
        {
            var c = sql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '-' && Peek(sql, i + 1) == '-')
            {
                i = SkipLineComment(sql, i);
                continue;
            }

            if (c == '/' && Peek(sql, i + 1) == '*')
            {
                i = SkipBlockComment(sql, i);
                continue;
            }

            if (c == ';')
            {
                if (state.ParenDepth == 0 && state.BeginDepth == 0)
                {
                    if (start >= 0)
                        statements.Add(new SqlStatement(sql[start..i].TrimEnd(), start));
                    start = -1;
                    state = new StatementState();
                }

                i++;
                continue;
            }

            if (start < 0)
                start = i;

            switch (c)
            {
                case '\'':
                    i = SkipQuoted(sql, i, '\'', backslashEscapes: IsEscapeStringPrefix(sql, i));
                    break;
                case '"':
                    i = SkipQuoted(sql, i, '"', backslashEscapes: false);
                    break;
                case '$' when TryReadDollarTag(sql, i, out var tag):
                    i = SkipDollarQuoted(sql, i, tag);
                    break;
                case '(':
                    state.ParenDepth++;
                    i++;
                    break;
                case ')':
                    if (state.ParenDepth > 0)
                        state.ParenDepth--;
                    i++;
                    break;
                default:
                    if (IsIdentifierStart(c))
                    {
                        var end = i + 1;
                        while (end < sql.Length && IsIdentifierPart(sql[end]))
                            end++;
                        state.OnWord(sql.AsSpan(i, end - i));
                        i = end;
                    }
                    else
                    {
                        i++;
                    }

                    break;
            }
        }

        if (start >= 0)
            statements.Add(new SqlStatement(sql[start..].TrimEnd(), start));
        return statements;
    }

    private static char Peek(string sql, int index) => index < sql.Length ? sql[index] : '\0';

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || c > 127;

    // '$' belongs to identifiers, which is why "a$b$" is no dollar quote.
    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || char.IsDigit(c) || c == '$';

    private static int SkipLineComment(string sql, int i)
    {
        var end = sql.IndexOf('\n', i);
        return end < 0 ? sql.Length : end + 1;
    }

    // PostgreSQL's block comments nest, unlike C's.
    private static int SkipBlockComment(string sql, int i)
    {
        var depth = 0;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && Peek(sql, i + 1) == '*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && Peek(sql, i + 1) == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                    return i;
            }
            else
            {
                i++;
            }
        }

        return sql.Length;
    }

    // E'...' (or e'...') is the only string form in which a backslash escapes the quote;
    // standard strings treat it literally (standard_conforming_strings is on since 9.1).
    private static bool IsEscapeStringPrefix(string sql, int quote)
    {
        if (quote == 0 || (sql[quote - 1] != 'E' && sql[quote - 1] != 'e'))
            return false;
        return quote == 1 || !IsIdentifierPart(sql[quote - 2]);
    }

    private static int SkipQuoted(string sql, int i, char quote, bool backslashEscapes)
    {
        i++;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (backslashEscapes && c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == quote)
            {
                // A doubled quote is an escaped quote, not the end.
                if (Peek(sql, i + 1) == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return sql.Length;
    }

    private static bool TryReadDollarTag(string sql, int i, out string tag)
    {
        tag = "";
        // "$1" is a parameter and "a$" is part of an identifier; neither opens a dollar quote.
        if (i > 0 && IsIdentifierPart(sql[i - 1]))
            return false;
        var end = i + 1;
        if (end < sql.Length && char.IsDigit(sql[end]))
            return false;
        while (end < sql.Length && sql[end] != '$')
        {
            if (!(IsIdentifierStart(sql[end]) || char.IsDigit(sql[end])))
                return false;
            end++;
        }

        if (end >= sql.Length)
            return false;
        tag = sql.Substring(i, end - i + 1);
        return true;
    }

    private static int SkipDollarQuoted(string sql, int i, string tag)
    {
        var close = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
        return close < 0 ? sql.Length : close + tag.Length;
    }

    /// <summary>psql's heuristic for SQL-standard function bodies (<c>BEGIN ATOMIC ... END</c>).</summary>
    private struct StatementState
    {
        public int ParenDepth;
        public int BeginDepth;
        private int _wordCount;
        private bool _isCreateRoutine;
        private int _prefixState;

        public void OnWord(ReadOnlySpan<char> word)
        {
            _wordCount++;
            if (_wordCount <= 4)
                TrackCreateRoutinePrefix(word);
            if (!_isCreateRoutine || ParenDepth != 0)
                return;

            if (word.Equals("begin", StringComparison.OrdinalIgnoreCase))
            {
                BeginDepth++;
            }
            else if (word.Equals("case", StringComparison.OrdinalIgnoreCase))
            {
                // CASE also closes with END, but only matters inside a body.
                if (BeginDepth >= 1)
                    BeginDepth++;
            }
            else if (word.Equals("end", StringComparison.OrdinalIgnoreCase) && BeginDepth > 0)
            {
                BeginDepth--;
            }
        }

        // Recognises CREATE [OR REPLACE] {FUNCTION|PROCEDURE}; _prefixState is how much matched so far.
        private void TrackCreateRoutinePrefix(ReadOnlySpan<char> word)
        {
            var isRoutine = word.Equals("function", StringComparison.OrdinalIgnoreCase)
                || word.Equals("procedure", StringComparison.OrdinalIgnoreCase);
            _prefixState = (_prefixState, _wordCount) switch
            {
                (0, 1) when word.Equals("create", StringComparison.OrdinalIgnoreCase) => 1,
                (1, 2) when isRoutine => 4,
                (1, 2) when word.Equals("or", StringComparison.OrdinalIgnoreCase) => 2,
                (2, 3) when word.Equals("replace", StringComparison.OrdinalIgnoreCase) => 3,
                (3, 4) when isRoutine => 4,
                (4, _) => 4,
                _ => -1,
            };
            _isCreateRoutine = _prefixState == 4;
        }
    }
}
