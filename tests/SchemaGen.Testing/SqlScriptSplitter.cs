namespace SchemaGen.Testing;

/// <summary>One statement of a script and where it starts in the script text.</summary>
public readonly record struct ScriptStatement(string Text, int Offset);

/// <summary>
/// Splits a SQL script into statements the way psql does: at semicolons outside quotes,
/// dollar quotes, comments and SQL-standard function bodies (<c>BEGIN ATOMIC ... END</c>).
/// Npgsql has no public simple-query API, so scripts are run statement by statement; splitting
/// here (rather than letting Npgsql batch them) keeps error positions exact.
/// </summary>
public static class SqlScriptSplitter
{
    public static IReadOnlyList<ScriptStatement> Split(string script) => Split(script, routineBodies: true);

    /// <summary>
    /// True when a single statement holds a semicolon outside quotes and comments (a
    /// <c>BEGIN ATOMIC</c> body): Npgsql would split it, so it has to be sent another way.
    /// </summary>
    public static bool HasInnerSemicolon(string statement) =>
        Split(statement.TrimEnd().TrimEnd(';'), routineBodies: false).Count > 1;

    private static IReadOnlyList<ScriptStatement> Split(string script, bool routineBodies)
    {
        var statements = new List<ScriptStatement>();
        var start = -1; // offset of the first significant character of the current statement
        var words = new List<string>(); // the first keywords, to recognise CREATE FUNCTION/PROCEDURE
        var blockDepth = 0;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c == '-' && next == '-')
            {
                while (i < script.Length && script[i] != '\n')
                    i++;
                continue;
            }
            if (c == '/' && next == '*')
            {
                i = SkipBlockComment(script, i);
                continue;
            }

            if (start < 0)
                start = i;

            if (c == ';')
            {
                if (blockDepth > 0)
                {
                    i++;
                    continue;
                }
                statements.Add(new ScriptStatement(script[start..(i + 1)], start));
                start = -1;
                words.Clear();
                blockDepth = 0;
                i++;
                continue;
            }
            if (c == '\'')
            {
                var escapes = i > 0 && (script[i - 1] is 'e' or 'E') && (i < 2 || !IsIdentifierChar(script[i - 2]));
                i = SkipQuoted(script, i, '\'', escapes);
                continue;
            }
            if (c == '"')
            {
                i = SkipQuoted(script, i, '"', backslashEscapes: false);
                continue;
            }
            if (c == '$' && TryDollarTag(script, i, out var tag))
            {
                var close = script.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                i = close < 0 ? script.Length : close + tag.Length;
                continue;
            }
            if (IsIdentifierStart(c))
            {
                var end = i;
                while (end < script.Length && IsIdentifierChar(script[end]))
                    end++;
                var word = script[i..end].ToUpperInvariant();
                if (words.Count < 4)
                    words.Add(word);
                if (routineBodies && IsRoutineDefinition(words))
                {
                    // psql's rule: in CREATE FUNCTION/PROCEDURE, BEGIN and CASE open a block that END closes.
                    if (word is "BEGIN" or "CASE")
                        blockDepth++;
                    else if (word == "END" && blockDepth > 0)
                        blockDepth--;
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start >= 0)
            statements.Add(new ScriptStatement(script[start..], start));
        return statements;
    }

    private static bool IsRoutineDefinition(List<string> words) =>
        words.Count >= 2 && words[0] == "CREATE" &&
        (words[1] is "FUNCTION" or "PROCEDURE" ||
         words.Count >= 4 && words[1] == "OR" && words[2] == "REPLACE" && words[3] is "FUNCTION" or "PROCEDURE");

    private static int SkipBlockComment(string script, int i)
    {
        var depth = 0;
        while (i < script.Length)
        {
            if (script[i] == '/' && i + 1 < script.Length && script[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else if (script[i] == '*' && i + 1 < script.Length && script[i + 1] == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                    return i;
            }
            else
                i++;
        }
        return i;
    }

    private static int SkipQuoted(string script, int i, char quote, bool backslashEscapes)
    {
        i++;
        while (i < script.Length)
        {
            var c = script[i];
            if (backslashEscapes && c == '\\')
            {
                i += 2;
                continue;
            }
            if (c == quote)
            {
                if (i + 1 < script.Length && script[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    /// <summary>A dollar-quote opener <c>$tag$</c>; <c>$1</c> (a parameter) is not one.</summary>
    private static bool TryDollarTag(string script, int i, out string tag)
    {
        tag = "";
        if (i > 0 && IsIdentifierChar(script[i - 1]))
            return false; // part of an identifier such as a$b
        var end = i + 1;
        if (end < script.Length && char.IsAsciiDigit(script[end]))
            return false;
        while (end < script.Length && script[end] != '$')
        {
            if (!IsIdentifierChar(script[end]))
                return false;
            end++;
        }
        if (end >= script.Length)
            return false;
        tag = script[i..(end + 1)];
        return true;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
