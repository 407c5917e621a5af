namespace SchemaGen.Core.Formatting;

/// <summary>Which words are keywords, and which of them can never be an unquoted name.</summary>
internal static class SqlKeywords
{
    // PostgreSQL's RESERVED_KEYWORD and TYPE_FUNC_NAME_KEYWORD classes: an unquoted word from
    // these is always the keyword, because such names must be quoted to be used as columns.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC", "BOTH", "CASE", "CAST",
        "CHECK", "COLLATE", "COLUMN", "CONSTRAINT", "CREATE", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_ROLE",
        "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DEFERRABLE", "DESC", "DISTINCT", "DO",
        "ELSE", "END", "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "GRANT", "GROUP", "HAVING", "IN",
        "INITIALLY", "INTERSECT", "INTO", "LATERAL", "LEADING", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "NOT",
        "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER", "PLACING", "PRIMARY", "REFERENCES", "RETURNING", "SELECT",
        "SESSION_USER", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "THEN", "TO", "TRAILING", "TRUE", "UNION",
        "UNIQUE", "USER", "USING", "VARIADIC", "WHEN", "WHERE", "WINDOW", "WITH",
        "AUTHORIZATION", "BINARY", "COLLATION", "CONCURRENTLY", "CROSS", "CURRENT_SCHEMA", "FREEZE", "FULL",
        "ILIKE", "INNER", "IS", "ISNULL", "JOIN", "LEFT", "LIKE", "NATURAL", "NOTNULL", "OUTER", "OVERLAPS",
        "RIGHT", "SIMILAR", "TABLESAMPLE", "VERBOSE",
    };

    // The unreserved and column-name keywords that appear in migrations. The lexer leaves all
    // words as identifiers, so keyword case conversion needs its own list.
    private static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "ABORT", "ACTION", "ADD", "ALTER", "ALWAYS", "ATTACH", "ATTRIBUTE", "BEFORE", "AFTER", "BEGIN", "BY",
        "CACHE", "CASCADE", "COMMENT", "COMMIT", "CONFLICT", "CONSTRAINTS", "CYCLE", "DATA", "DEFERRED",
        "DELETE", "DETACH", "DISABLE", "DOMAIN", "DROP", "EACH", "ENABLE", "ENUM", "EXCLUDE", "EXECUTE",
        "EXTENSION", "FILLFACTOR", "FIRST", "FUNCTION", "GENERATED", "IDENTITY", "IF", "IMMEDIATE", "INCLUDE",
        "INCREMENT", "INDEX", "INHERIT", "INSERT", "KEY", "LANGUAGE", "LAST", "LOGGED", "MATCH", "MATERIALIZED",
        "MAXVALUE", "MINVALUE", "NO", "NOTHING", "NULLS", "OF", "OWNED", "OWNER", "PARTIAL", "PARTITION",
        "POLICY", "PROCEDURE", "RANGE", "RENAME", "REPLACE", "RESET", "RESTART", "RESTRICT", "RETURNS",
        "ROLLBACK", "ROWS", "RULE", "SCHEMA", "SECURITY", "SEQUENCE", "SET", "SIMPLE", "START", "STATEMENT",
        "STORED", "STORAGE", "TEMP", "TEMPORARY", "TRANSACTION", "TRIGGER", "TRUNCATE", "TYPE", "UNLOGGED",
        "UPDATE", "VALID", "VALIDATE", "VALUE", "VIEW", "WORK", "WITHOUT", "ZONE", "VARYING", "DOUBLE", "TEXT",
        "NAME", "LEVEL", "ROLE", "OPTIONS", "VERSION", "ROUTINE", "OVERRIDING",
        "BIGINT", "BIT", "BOOLEAN", "CHAR", "CHARACTER", "COALESCE", "DEC", "DECIMAL", "EXISTS", "FLOAT",
        "GREATEST", "INOUT", "INT", "INTEGER", "INTERVAL", "LEAST", "NATIONAL", "NCHAR", "NONE", "NULLIF",
        "NUMERIC", "OUT", "OVERLAY", "POSITION", "PRECISION", "REAL", "ROW", "SETOF", "SMALLINT", "SUBSTRING",
        "TIME", "TIMESTAMP", "TREAT", "TRIM", "VALUES", "VARCHAR", "JSON",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    public static bool IsKeyword(string word) => Reserved.Contains(word) || Other.Contains(word);
}
