using System.Text;
using Npgsql;

namespace SchemaGen.Testing;

/// <summary>A statement of a script failed; the message locates it in the script and quotes PostgreSQL.</summary>
public sealed class SqlScriptException : Exception
{
    private SqlScriptException(string message, PostgresException inner, string scriptName, int statementIndex,
        string statement, int? line, int? column)
        : base(message, inner)
    {
        ScriptName = scriptName;
        StatementIndex = statementIndex;
        Statement = statement;
        Line = line;
        Column = column;
    }

    public string ScriptName { get; }

    /// <summary>Zero-based index of the failing statement in the script.</summary>
    public int StatementIndex { get; }

    public string Statement { get; }

    /// <summary>One-based line in the script of the error position (or of the statement when PostgreSQL gave none).</summary>
    public int? Line { get; }

    public int? Column { get; }

    public PostgresException PostgresError => (PostgresException)InnerException!;

    public string SqlState => PostgresError.SqlState;

    internal static SqlScriptException Create(PostgresException error, string scriptName, string? script,
        int statementIndex, ScriptStatement statement, int position)
    {
        // PostgreSQL's position counts characters of the statement as sent, starting at 1.
        var offsetInScript = statement.Offset + (position > 0 ? position - 1 : 0);
        int? line = null, column = null;
        string? sourceLine = null;
        if (script is not null && offsetInScript <= script.Length)
        {
            var lineStart = script.LastIndexOf('\n', Math.Max(0, offsetInScript - 1)) + 1;
            if (offsetInScript == 0)
                lineStart = 0;
            line = 1 + script.AsSpan(0, lineStart).Count('\n');
            column = 1 + offsetInScript - lineStart;
            var lineEnd = script.IndexOf('\n', lineStart);
            sourceLine = script[lineStart..(lineEnd < 0 ? script.Length : lineEnd)].TrimEnd('\r');
        }

        var message = new StringBuilder();
        message.Append($"{scriptName}");
        if (line is not null)
            message.Append($":{line}:{column}");
        message.Append($": statement {statementIndex + 1} failed: {error.Severity} {error.SqlState}: {error.MessageText}");
        if (position > 0)
            message.Append($" (at character {position} of the statement)");
        message.AppendLine();
        if (sourceLine is not null && position > 0)
        {
            message.AppendLine("  " + sourceLine);
            message.AppendLine("  " + new string(' ', Math.Max(0, column!.Value - 1)) + "^");
        }
        if (!string.IsNullOrEmpty(error.Detail))
            message.AppendLine("DETAIL: " + error.Detail);
        if (!string.IsNullOrEmpty(error.Hint))
            message.AppendLine("HINT: " + error.Hint);
        if (!string.IsNullOrEmpty(error.InternalQuery))
            message.AppendLine($"QUERY (character {error.InternalPosition}): {error.InternalQuery}");
        if (!string.IsNullOrEmpty(error.Where))
            message.AppendLine("CONTEXT: " + error.Where);
        message.AppendLine("STATEMENT:");
        message.Append(statement.Text);
        return new SqlScriptException(message.ToString(), error, scriptName, statementIndex, statement.Text, line, column);
    }
}
