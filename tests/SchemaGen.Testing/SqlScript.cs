using Npgsql;

namespace SchemaGen.Testing;

/// <summary>Runs multi-statement SQL text against a database, failing with a located message.</summary>
public static class SqlScript
{
    /// <summary>
    /// Runs every statement of <paramref name="script"/> in order. With <paramref name="inTransaction"/>
    /// all of them run in one transaction (rolled back on failure); otherwise each one commits on its
    /// own, as psql without <c>-1</c> would, so statements such as CREATE INDEX CONCURRENTLY work.
    /// </summary>
    public static Task ExecuteAsync(string connectionString, string script, string scriptName = "script",
        bool inTransaction = false, CancellationToken cancellationToken = default) =>
        RunAsync(connectionString, SqlScriptSplitter.Split(script), script, scriptName, inTransaction, cancellationToken);

    /// <summary>Runs statements given one per entry (e.g. <c>Migration.UpStatements</c>).</summary>
    public static Task ExecuteStatementsAsync(string connectionString, IReadOnlyList<string> statements,
        string scriptName = "statements", bool inTransaction = false, CancellationToken cancellationToken = default)
    {
        // Locate errors in the statements joined the way Migration.Up joins them, so line numbers match that text.
        var located = new List<ScriptStatement>(statements.Count);
        var offset = 0;
        foreach (var statement in statements)
        {
            located.Add(new ScriptStatement(statement, offset));
            offset += statement.Length + 2;
        }
        return RunAsync(connectionString, located, string.Join("\n\n", statements), scriptName, inTransaction, cancellationToken);
    }

    /// <summary>
    /// Npgsql splits command text at every top-level semicolon, even inside a SQL-standard
    /// function body; run as dynamic SQL, the server parses the statement whole instead.
    /// </summary>
    private static string WrapInDoBlock(string statement)
    {
        var tag = "$schemagen$";
        for (var n = 0; statement.Contains(tag, StringComparison.Ordinal) || statement.Contains(tag.Insert(1, "s"), StringComparison.Ordinal); n++)
            tag = $"$schemagen{n}$";
        return $"DO {tag}BEGIN EXECUTE {tag.Insert(1, "s")}{statement}{tag.Insert(1, "s")}; END{tag}";
    }

    private static async Task RunAsync(string connectionString, IReadOnlyList<ScriptStatement> statements, string script,
        string scriptName, bool inTransaction, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = inTransaction ? await connection.BeginTransactionAsync(cancellationToken) : null;
        for (var index = 0; index < statements.Count; index++)
        {
            var text = statements[index].Text;
            var wrapped = SqlScriptSplitter.HasInnerSemicolon(text);
            await using var command = new NpgsqlCommand(wrapped ? WrapInDoBlock(text) : text, connection, transaction);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException error)
            {
                throw SqlScriptException.Create(error, scriptName, script, index, statements[index],
                    wrapped ? error.InternalPosition : error.Position);
            }
        }
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
    }
}
