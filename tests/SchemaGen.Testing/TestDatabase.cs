namespace SchemaGen.Testing;

/// <summary>A database created for one test, dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresServer _server;

    internal TestDatabase(PostgresServer server, string connectionString)
    {
        _server = server;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public Task ExecuteScriptAsync(string script, string scriptName = "script", bool inTransaction = false,
        CancellationToken cancellationToken = default) =>
        SqlScript.ExecuteAsync(ConnectionString, script, scriptName, inTransaction, cancellationToken);

    public Task ExecuteStatementsAsync(IReadOnlyList<string> statements, string scriptName = "statements",
        bool inTransaction = false, CancellationToken cancellationToken = default) =>
        SqlScript.ExecuteStatementsAsync(ConnectionString, statements, scriptName, inTransaction, cancellationToken);

    public Task<CatalogSnapshot> CatalogAsync(CancellationToken cancellationToken = default) =>
        CatalogSnapshot.CaptureAsync(ConnectionString, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _server.DropDatabaseAsync(ConnectionString);
        }
        catch (Exception)
        {
            // A drop failing (server already gone at process exit) must not hide the test's own outcome.
        }
    }
}
