using Npgsql;
using SchemaGen.Testing;

namespace SchemaGen.RoundTrip.Tests.Harness;

public sealed class SqlScriptTests
{
    [Fact]
    public async Task A_failing_statement_is_located_in_the_script_with_postgres_message()
    {
        await using var database = await PostgresServer.Shared.CreateTestDatabaseAsync("script_error");
        const string script = "CREATE TABLE t (id int);\n\nINSERT INTO t (id)\n  VALUES (1), (no_such_column);\n";
        var error = await Assert.ThrowsAsync<SqlScriptException>(() => database.ExecuteScriptAsync(script, "seed.sql"));
        Assert.Equal(1, error.StatementIndex);
        Assert.Equal(4, error.Line);
        Assert.Equal(16, error.Column);
        Assert.Equal("42703", error.SqlState);
        Assert.Contains("seed.sql:4:16", error.Message);
        Assert.Contains("column \"no_such_column\" does not exist", error.Message);
    }

    [Fact]
    public async Task In_a_transaction_a_failure_undoes_the_earlier_statements()
    {
        await using var database = await PostgresServer.Shared.CreateTestDatabaseAsync("script_tx");
        await Assert.ThrowsAsync<SqlScriptException>(() =>
            database.ExecuteScriptAsync("CREATE TABLE kept (id int); SELECT 1/0;", inTransaction: true));
        Assert.Equal(0L, await CountTablesAsync(database, "kept"));

        await Assert.ThrowsAsync<SqlScriptException>(() =>
            database.ExecuteScriptAsync("CREATE TABLE kept (id int); SELECT 1/0;", inTransaction: false));
        Assert.Equal(1L, await CountTablesAsync(database, "kept"));
    }

    [Fact]
    public async Task Statements_forbidden_in_transactions_run_when_not_wrapped()
    {
        await using var database = await PostgresServer.Shared.CreateTestDatabaseAsync("script_concurrently");
        await database.ExecuteScriptAsync("CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n" +
                                          "CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;");
        var catalog = await database.CatalogAsync();
        Assert.Contains("index public.t_id", catalog.Entries.Keys);
        Assert.Contains("function public.one()", catalog.Entries.Keys);
    }

    private static async Task<object?> CountTablesAsync(TestDatabase database, string name)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM pg_class WHERE relname = '{name}'", connection);
        return await command.ExecuteScalarAsync();
    }
}
