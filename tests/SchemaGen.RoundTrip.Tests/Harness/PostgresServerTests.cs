using Npgsql;
using SchemaGen.Testing;

namespace SchemaGen.RoundTrip.Tests.Harness;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task Created_databases_are_empty_separate_and_droppable()
    {
        var server = PostgresServer.Shared;
        var first = await server.CreateDatabaseAsync("server test");
        var second = await server.CreateDatabaseAsync("server test");
        Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);

        await SqlScript.ExecuteAsync(first, "CREATE TABLE t (id int); INSERT INTO t VALUES (1);");
        Assert.Equal(0L, await ScalarAsync(second, "SELECT count(*) FROM pg_class WHERE relname = 't'"));
        Assert.Equal(1L, await ScalarAsync(first, "SELECT count(*) FROM t"));

        await server.DropDatabaseAsync(first);
        await server.DropDatabaseAsync(second);
        Assert.Equal(0L, await ScalarAsync(server.ConnectionString,
            $"SELECT count(*) FROM pg_database WHERE datname = '{new NpgsqlConnectionStringBuilder(first).Database}'"));
    }

    [Fact]
    public async Task Throwaway_cluster_listens_on_loopback_and_is_removed_on_dispose()
    {
        if (Environment.GetEnvironmentVariable(PostgresServer.ConnectionVariable) is { Length: > 0 })
            return; // an external server was chosen explicitly; there is no cluster of ours to inspect
        var server = PostgresServer.StartThrowaway(PostgresBinaries.Find());
        var directory = server.ClusterDirectory!;
        Assert.True(Directory.Exists(directory));
        Assert.Equal("127.0.0.1", await ScalarAsync(server.ConnectionString, "SHOW listen_addresses"));
        Assert.Equal("off", await ScalarAsync(server.ConnectionString, "SHOW fsync"));
        await server.DisposeAsync();
        Assert.False(Directory.Exists(directory));
        await Assert.ThrowsAnyAsync<Exception>(() => ScalarAsync(server.ConnectionString, "SELECT 1"));
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
