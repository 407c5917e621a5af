namespace SchemaGen.Cli.Introspection;

internal sealed partial class DatabaseSchemaReader
{
    private static string UserType(string t, string n) =>
        $"{CatalogFilter.UserNamespace(n)} AND {CatalogFilter.NotExtensionMember("pg_type", $"{t}.oid")}";

    private void ReadSchemas()
    {
        foreach (var row in Rows($"""
            SELECT n.nspname FROM pg_namespace n
            WHERE {CatalogFilter.UserNamespace("n")} AND n.nspname <> 'public' AND {CatalogFilter.NotExtensionMember("pg_namespace", "n.oid")}
              AND NOT (n.nspname = @history_schema AND NOT EXISTS (
                  SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname <> @history_table AND c.relkind NOT IN ('i', 'S')))
            ORDER BY n.nspname
            """))
        {
            Add($"CREATE SCHEMA {Q((string)row[0]!)}");
        }
    }

    private void ReadExtensions()
    {
        // The version is written only when it is not the one CREATE EXTENSION would install today.
        foreach (var row in Rows("""
            SELECT x.extname, n.nspname, CASE WHEN a.default_version IS DISTINCT FROM x.extversion THEN x.extversion END
            FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
            LEFT JOIN pg_available_extensions a ON a.name = x.extname
            WHERE x.extname <> 'plpgsql'
            ORDER BY x.extname
            """))
        {
            var (name, schema) = ((string)row[0]!, (string)row[1]!);
            var sql = $"CREATE EXTENSION {Q(name)}";
            if (schema != "public") sql += $" WITH SCHEMA {Q(schema)}";
            if (row[2] is string version) sql += $" VERSION {Lit(version)}";
            Add(sql);
        }
    }

    private void ReadEnums()
    {
        foreach (var row in Rows($"""
            SELECT n.nspname, t.typname, ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND {UserType("t", "n")}
            ORDER BY n.nspname, t.typname
            """))
        {
            var labels = string.Join(", ", ((string[])row[2]!).Select(Lit));
            Add($"CREATE TYPE {Name((string)row[0]!, (string)row[1]!)} AS ENUM ({labels})");
        }
    }

    private void ReadDomains()
    {
        foreach (var row in Rows($"""
            SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault,
                   CASE WHEN t.typcollation <> 0 AND t.typcollation <> b.typcollation THEN
                       CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname) ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
                   END,
                   ARRAY(SELECT 'CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid)
                         FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname)
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_type b ON b.oid = t.typbasetype
            LEFT JOIN pg_collation co ON co.oid = t.typcollation LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE t.typtype = 'd' AND {UserType("t", "n")}
            ORDER BY n.nspname, t.typname
            """))
        {
            var sql = $"CREATE DOMAIN {Name((string)row[0]!, (string)row[1]!)} AS {(string)row[2]!}";
            if (row[5] is string collation) sql += $" COLLATE {collation}";
            if (row[4] is string defaultValue) sql += $" DEFAULT {defaultValue}";
            if ((bool)row[3]!) sql += " NOT NULL";
            foreach (var check in (string[])row[6]!) sql += " " + check;
            Add(sql);
        }
    }

    private void ReadCompositeTypes()
    {
        foreach (var row in Rows($"""
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                         FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid
            WHERE t.typtype = 'c' AND c.relkind = 'c' AND {UserType("t", "n")}
            ORDER BY n.nspname, t.typname
            """))
        {
            Add($"CREATE TYPE {Name((string)row[0]!, (string)row[1]!)} AS ({string.Join(", ", (string[])row[2]!)})");
        }
    }
}
