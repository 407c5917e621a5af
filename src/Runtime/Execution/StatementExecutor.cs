using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;
using SchemaGen.Runtime.Logging;
using SchemaGen.Runtime.Sql;

namespace SchemaGen.Runtime.Execution;

/// <summary>Runs one statement of a migration and turns its failure into a located <see cref="MigrationException"/>.</summary>
internal static class StatementExecutor
{
    private const int MaxStatementInMessage = 400;

    public static async Task RunAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        IMigration migration,
        MigrationDirection direction,
        string sql,
        SqlStatement statement,
        int number,
        ILogger logger,
        bool async,
        CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            // No parameters, so no SQL rewriting: the text reaches PostgreSQL as written and
            // PostgreSQL's error position refers to it.
            await Db.ExecuteMigrationSqlAsync(connection, transaction, statement.Text, async, ct).ConfigureAwait(false);
        }
        catch (NpgsqlException e) when (!ct.IsCancellationRequested || e is PostgresException)
        {
            throw Describe(migration, direction, sql, statement, number, e);
        }

        Log.StatementDone(logger, migration.Id, number, clock.ElapsedMilliseconds);
    }

    public static MigrationException Describe(
        IMigration migration, MigrationDirection direction, string sql, SqlStatement statement, int number, NpgsqlException error)
    {
        var postgres = error as PostgresException;
        int? position = postgres is { Position: > 0 } ? postgres.Position : null;

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"Migration {migration.Id} ({migration.Name}) failed in {Section(direction)} statement {number}");
        var (line, column) = LineAndColumn(sql, statement.Offset + (position ?? 1) - 1);
        if (position is null)
            message.Append(CultureInfo.InvariantCulture, $" (starting at line {line})");
        else
            message.Append(CultureInfo.InvariantCulture, $" at line {line}, column {column}");
        message.Append(": ");
        if (postgres is not null)
            message.Append(postgres.SqlState).Append(": ").Append(postgres.MessageText);
        else
            message.Append(error.Message).Append(error.InnerException is { } cause ? $" ({cause.Message})" : "");
        if (postgres?.Detail is { Length: > 0 } detail)
            message.Append("\nDetail: ").Append(detail);
        if (postgres?.Hint is { Length: > 0 } hint)
            message.Append("\nHint: ").Append(hint);
        if (postgres?.SqlState == PostgresErrorCodes.ActiveSqlTransaction && migration.IsTransactional)
            message.Append("\nHint: this statement cannot run inside a transaction; the migration must be non-transactional (IsTransactional = false).");
        if (postgres?.SqlState == PostgresErrorCodes.LockNotAvailable)
            message.Append("\nHint: lock_timeout expired while waiting for a lock held by other sessions; retry when the table is less busy.");
        message.Append("\nStatement: ").Append(Excerpt(statement.Text));

        return new MigrationException(
            message.ToString(), migration.Id, statement.Text, number, position, postgres?.SqlState, error);
    }

    private static string Section(MigrationDirection direction) => direction == MigrationDirection.Up ? "UP" : "DOWN";

    private static string Excerpt(string statement)
        => statement.Length <= MaxStatementInMessage ? statement : statement[..MaxStatementInMessage] + " ...";

    private static (int Line, int Column) LineAndColumn(string sql, int index)
    {
        index = Math.Clamp(index, 0, sql.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (sql[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
