using System.Collections.Concurrent;

namespace SchemaGen.Testing.RoundTrip;

/// <summary>
/// The catalog PostgreSQL builds from a schema file, computed once per file text and server:
/// several checks of one case (and cases sharing a version) compare against the same reference.
/// </summary>
public static class ReferenceCatalogs
{
    private static readonly ConcurrentDictionary<(PostgresServer, string?, string), Lazy<Task<CatalogSnapshot>>> Cache = new();

    /// <summary>The catalog of <paramref name="schemaSql"/>, run after <paramref name="prelude"/> when there is one.</summary>
    public static Task<CatalogSnapshot> GetAsync(PostgresServer server, string schemaSql, string scriptName, string? prelude = null) =>
        Cache.GetOrAdd((server, prelude, schemaSql),
            key => new Lazy<Task<CatalogSnapshot>>(() => BuildAsync(key.Item1, key.Item2, key.Item3, scriptName))).Value;

    private static async Task<CatalogSnapshot> BuildAsync(PostgresServer server, string? prelude, string schemaSql, string scriptName)
    {
        await using var database = await server.CreateTestDatabaseAsync("reference");
        if (prelude is not null) await database.ExecuteScriptAsync(prelude, "prelude.sql");
        await database.ExecuteScriptAsync(schemaSql, scriptName);
        return await database.CatalogAsync();
    }
}
