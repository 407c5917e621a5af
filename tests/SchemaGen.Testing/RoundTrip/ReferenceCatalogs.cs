using System.Collections.Concurrent;

namespace SchemaGen.Testing.RoundTrip;

/// <summary>
/// The catalog PostgreSQL builds from a schema file, computed once per file text and server:
/// several checks of one case (and cases sharing a version) compare against the same reference.
/// </summary>
public static class ReferenceCatalogs
{
    private static readonly ConcurrentDictionary<(PostgresServer, string), Lazy<Task<CatalogSnapshot>>> Cache = new();

    public static Task<CatalogSnapshot> GetAsync(PostgresServer server, string schemaSql, string scriptName) =>
        Cache.GetOrAdd((server, schemaSql), key => new Lazy<Task<CatalogSnapshot>>(() => BuildAsync(key.Item1, key.Item2, scriptName))).Value;

    private static async Task<CatalogSnapshot> BuildAsync(PostgresServer server, string schemaSql, string scriptName)
    {
        await using var database = await server.CreateTestDatabaseAsync("reference");
        await database.ExecuteScriptAsync(schemaSql, scriptName);
        return await database.CatalogAsync();
    }
}
