namespace SchemaGen.Cli.Introspection;

/// <summary>
/// The SQL predicates that decide which catalog rows are the user's schema: not a system schema,
/// in one of the requested schemas, not created by an extension, not the runner's history table.
/// </summary>
internal static class CatalogFilter
{
    /// <summary>A user schema, for a <c>pg_namespace</c> row aliased <paramref name="n"/>; @schemas narrows it when not null.</summary>
    public static string UserNamespace(string n) =>
        $"({n}.nspname NOT IN ('pg_catalog', 'information_schema') AND {n}.nspname NOT LIKE 'pg\\_toast%' "
        + $"AND {n}.nspname NOT LIKE 'pg\\_temp\\_%' AND (@schemas::text[] IS NULL OR {n}.nspname = ANY(@schemas::text[])))";

    /// <summary>Objects an extension created belong to it: CREATE EXTENSION makes them again.</summary>
    public static string NotExtensionMember(string catalog, string oid) =>
        $"NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '{catalog}'::regclass AND e.objid = {oid} AND e.deptype = 'e')";

    /// <summary>The runner's history table is the runner's, not part of the schema.</summary>
    public static string NotHistoryTable(string n, string c) =>
        $"NOT ({n}.nspname = @history_schema AND {c}.relname = @history_table)";
}
