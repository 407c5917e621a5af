using Npgsql;

namespace SchemaGen.Runtime.Execution;

/// <summary>
/// The few ADO.NET calls the runner makes, each written once for both the sync and the async
/// path (the <c>bool async</c> pattern of Npgsql itself), so Apply and ApplyAsync cannot diverge.
/// </summary>
internal static class Db
{
    public static async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource dataSource, bool async, CancellationToken ct)
        => async ? await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false) : dataSource.OpenConnection();

    public static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection connection, bool async, CancellationToken ct)
        => async ? await connection.BeginTransactionAsync(ct).ConfigureAwait(false) : connection.BeginTransaction();

    public static async Task CommitAsync(NpgsqlTransaction transaction, bool async, CancellationToken ct)
    {
        if (async)
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        else
            transaction.Commit();
    }

    public static async Task DisposeAsync<T>(T disposable, bool async)
        where T : IDisposable, IAsyncDisposable
    {
        if (async)
            await disposable.DisposeAsync().ConfigureAwait(false);
        else
            disposable.Dispose();
    }

    public static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, bool async, CancellationToken ct, params object?[] args)
    {
        using var command = Create(connection, transaction, sql, args);
        return async ? await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) : command.ExecuteNonQuery();
    }

    /// <summary>
    /// Runs migration SQL with no client-side timeout: Npgsql's default of 30 s would kill a
    /// CREATE INDEX CONCURRENTLY on a large table; the limit is <c>statement_timeout</c>, set server-side.
    /// </summary>
    public static async Task ExecuteMigrationSqlAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, bool async, CancellationToken ct)
    {
        using var command = Create(connection, transaction, sql, []);
        command.CommandTimeout = 0;
        if (async)
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        else
            command.ExecuteNonQuery();
    }

    public static async Task<object?> ScalarAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, bool async, CancellationToken ct, params object?[] args)
    {
        using var command = Create(connection, transaction, sql, args);
        var value = async ? await command.ExecuteScalarAsync(ct).ConfigureAwait(false) : command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static async Task<List<T>> QueryAsync<T>(
        NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map, bool async, CancellationToken ct, params object?[] args)
    {
        using var command = Create(connection, null, sql, args);
        var reader = async ? await command.ExecuteReaderAsync(ct).ConfigureAwait(false) : command.ExecuteReader();
        try
        {
            var rows = new List<T>();
            while (async ? await reader.ReadAsync(ct).ConfigureAwait(false) : reader.Read())
                rows.Add(map(reader));
            return rows;
        }
        finally
        {
            await DisposeAsync(reader, async).ConfigureAwait(false);
        }
    }

    public static Task DelayAsync(TimeSpan delay, bool async, CancellationToken ct)
    {
        if (async)
            return Task.Delay(delay, ct);
        ct.ThrowIfCancellationRequested();
        Thread.Sleep(delay);
        return Task.CompletedTask;
    }

    // Positional $n parameters: Npgsql sends them as they are, no SQL rewriting.
    private static NpgsqlCommand Create(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object?[] args)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var arg in args)
            command.Parameters.Add(new NpgsqlParameter { Value = arg ?? DBNull.Value });
        return command;
    }
}
