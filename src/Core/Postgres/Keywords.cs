namespace SchemaGen.Core.Postgres;

/// <summary>
/// PostgreSQL's keyword classes (kwlist.h): reserved, type/function-name and column-name
/// keywords, which <c>quote_ident</c> quotes, and the unreserved keywords migrations commonly use.
/// </summary>
internal static class Keywords
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
        "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
        "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
        "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
        "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null",
        "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
        "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
        "using", "variadic", "when", "where", "window", "with", "system_user",
    };

    private static readonly HashSet<string> TypeOrFunctionNames = new(StringComparer.Ordinal)
    {
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full", "ilike",
        "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps", "right",
        "similar", "tablesample", "verbose",
    };

    private static readonly HashSet<string> ColumnNames = new(StringComparer.Ordinal)
    {
        "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists", "extract",
        "float", "greatest", "grouping", "inout", "int", "integer", "interval", "least", "national", "nchar", "none",
        "normalize", "numeric", "out", "overlay", "position", "precision", "real", "row", "setof", "smallint",
        "substring", "time", "timestamp", "treat", "trim", "values", "varchar", "xmlattributes", "xmlconcat",
        "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize",
        "xmltable",
    };

    /// <summary>
    /// Unreserved keywords that migrations use (not the whole class): they are legal names, so
    /// only formatting, which must tell keywords from names, needs them.
    /// </summary>
    private static readonly HashSet<string> CommonUnreserved = new(StringComparer.Ordinal)
    {
        "abort", "action", "add", "alter", "always", "attach", "attribute", "before", "after", "begin", "by", "cache",
        "cascade", "comment", "commit", "conflict", "constraints", "cycle", "data", "deferred", "delete", "detach",
        "disable", "domain", "drop", "each", "enable", "enum", "exclude", "execute", "extension", "fillfactor",
        "first", "function", "generated", "identity", "if", "immediate", "include", "increment", "index", "inherit",
        "insert", "key", "language", "last", "logged", "match", "materialized", "maxvalue", "minvalue", "no",
        "nothing", "nulls", "of", "owned", "owner", "partial", "partition", "policy", "procedure", "range", "rename",
        "replace", "reset", "restart", "restrict", "returns", "rollback", "rows", "rule", "schema", "security",
        "sequence", "set", "simple", "start", "statement", "stored", "storage", "temp", "temporary", "transaction",
        "trigger", "truncate", "type", "unlogged", "update", "valid", "validate", "value", "view", "work", "without",
        "zone", "varying", "double", "text", "name", "level", "role", "options", "version", "routine", "overriding",
        "nullif", "json",
    };

    /// <summary>quote_ident quotes every keyword that is not unreserved.</summary>
    public static bool RequiresQuoting(string word) =>
        Reserved.Contains(word) || TypeOrFunctionNames.Contains(word) || ColumnNames.Contains(word);

    /// <summary>Reserved and type/function-name keywords: an unquoted one is never a column name.</summary>
    public static bool IsReserved(string word) =>
        Reserved.Contains(word.ToLowerInvariant()) || TypeOrFunctionNames.Contains(word.ToLowerInvariant());

    /// <summary>Whether a word is a keyword a migration may contain (case-insensitive).</summary>
    public static bool IsKeyword(string word)
    {
        var lower = word.ToLowerInvariant();
        return RequiresQuoting(lower) || CommonUnreserved.Contains(lower);
    }
}
