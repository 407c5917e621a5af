using Npgsql;

namespace SchemaGen.Runtime.Tests;

/// <summary>Reads the database back, independently of the runner's own code.</summary>
internal static class Db
{
    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    public static async Task<List<string>> ColumnAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(reader.IsDBNull(0) ? "<null>" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    }

    public static Task<bool> TableExistsAsync(string connectionString, string name)
        => ScalarAsync<bool>(connectionString, $"SELECT to_regclass('{name}') IS NOT NULL");

    public static Task<List<string>> HistoryIdsAsync(string connectionString, string table = "public.schemagen_history")
        => ColumnAsync(connectionString, $"SELECT id FROM {table} ORDER BY id");
}
