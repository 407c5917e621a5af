namespace SchemaGen.Cli.Introspection;

internal sealed partial class DatabaseSchemaReader
{
    private void ReadComments()
    {
        var userClass = $"{CatalogFilter.UserNamespace("n")} AND {CatalogFilter.NotExtensionMember("pg_class", "c.oid")} AND {CatalogFilter.NotHistoryTable("n", "c")}";
        var relation = "CASE WHEN n.nspname = 'public' THEN quote_ident(c.relname) ELSE quote_ident(n.nspname) || '.' || quote_ident(c.relname) END";
        foreach (var row in Rows($"""
            SELECT 1, 'SCHEMA ' || quote_ident(n.nspname), d.description
            FROM pg_description d JOIN pg_namespace n ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid
            WHERE {CatalogFilter.UserNamespace("n")} AND {CatalogFilter.NotExtensionMember("pg_namespace", "n.oid")}
              AND (n.nspname <> 'public' OR d.description <> 'standard public schema')
            UNION ALL
            SELECT 3, CASE t.typtype WHEN 'd' THEN 'DOMAIN ' ELSE 'TYPE ' END || format_type(t.oid, NULL), d.description
            FROM pg_description d JOIN pg_type t ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype IN ('e', 'd', 'c') AND {UserType("t", "n")}
            UNION ALL
            SELECT 4, CASE c.relkind WHEN 'v' THEN 'VIEW ' WHEN 'm' THEN 'MATERIALIZED VIEW ' WHEN 'S' THEN 'SEQUENCE ' WHEN 'i' THEN 'INDEX ' ELSE 'TABLE ' END
                      || {relation}, d.description
            FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i') AND {userClass}
            UNION ALL
            SELECT 5, 'COLUMN ' || {relation} || '.' || quote_ident(a.attname), d.description
            FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE d.objsubid > 0 AND c.relkind IN ('r', 'p', 'v', 'm') AND {userClass}
            UNION ALL
            SELECT 6, CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END
                      || CASE WHEN n.nspname = 'public' THEN quote_ident(p.proname) ELSE quote_ident(n.nspname) || '.' || quote_ident(p.proname) END
                      || '(' || pg_get_function_identity_arguments(p.oid) || ')', d.description
            FROM pg_description d JOIN pg_proc p ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p') AND {CatalogFilter.UserNamespace("n")} AND {CatalogFilter.NotExtensionMember("pg_proc", "p.oid")}
            UNION ALL
            SELECT 7, 'CONSTRAINT ' || quote_ident(k.conname) || ' ON ' || {relation}, d.description
            FROM pg_description d JOIN pg_constraint k ON d.classoid = 'pg_constraint'::regclass AND d.objoid = k.oid
            JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE k.conparentid = 0 AND {userClass}
            UNION ALL
            SELECT 8, 'TRIGGER ' || quote_ident(g.tgname) || ' ON ' || {relation}, d.description
            FROM pg_description d JOIN pg_trigger g ON d.classoid = 'pg_trigger'::regclass AND d.objoid = g.oid
            JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT g.tgisinternal AND g.tgparentid = 0 AND {userClass}
            UNION ALL
            SELECT 9, 'POLICY ' || quote_ident(p.polname) || ' ON ' || {relation}, d.description
            FROM pg_description d JOIN pg_policy p ON d.classoid = 'pg_policy'::regclass AND d.objoid = p.oid
            JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE {userClass}
            ORDER BY 1, 2
            """))
        {
            Add($"COMMENT ON {(string)row[1]!} IS {Lit((string)row[2]!)}");
        }
    }

    /// <summary>Object kinds SchemaGen does not model; init names them rather than dropping them silently.</summary>
    private void ReadUnsupported()
    {
        var user = CatalogFilter.UserNamespace("n");
        foreach (var row in Rows($"""
            SELECT 'collation ' || quote_ident(n.nspname) || '.' || quote_ident(o.collname)
            FROM pg_collation o JOIN pg_namespace n ON n.oid = o.collnamespace
            WHERE {user} AND {CatalogFilter.NotExtensionMember("pg_collation", "o.oid")}
            UNION ALL
            SELECT CASE p.prokind WHEN 'a' THEN 'aggregate ' ELSE 'window function ' END || p.oid::regprocedure::text
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('a', 'w') AND {user} AND {CatalogFilter.NotExtensionMember("pg_proc", "p.oid")}
            UNION ALL
            SELECT CASE t.typtype WHEN 'r' THEN 'range type ' ELSE 'base type ' END || format_type(t.oid, NULL)
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE (t.typtype = 'r' OR t.typtype = 'b' AND t.typcategory <> 'A') AND {UserType("t", "n")}
            UNION ALL
            SELECT 'operator ' || o.oid::regoperator::text
            FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
            WHERE {user} AND {CatalogFilter.NotExtensionMember("pg_operator", "o.oid")}
            UNION ALL
            SELECT 'foreign table ' || c.oid::regclass::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'f' AND {user} AND {CatalogFilter.NotExtensionMember("pg_class", "c.oid")}
            UNION ALL
            SELECT 'rule ' || quote_ident(r.rulename) || ' on ' || c.oid::regclass::text
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN' AND {user} AND {CatalogFilter.NotExtensionMember("pg_class", "c.oid")}
            UNION ALL
            SELECT 'statistics object ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname)
            FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
            WHERE {user}
            UNION ALL
            SELECT 'text search configuration ' || quote_ident(n.nspname) || '.' || quote_ident(f.cfgname)
            FROM pg_ts_config f JOIN pg_namespace n ON n.oid = f.cfgnamespace
            WHERE {user} AND {CatalogFilter.NotExtensionMember("pg_ts_config", "f.oid")}
            UNION ALL
            SELECT 'event trigger ' || quote_ident(v.evtname) FROM pg_event_trigger v
            WHERE @schemas::text[] IS NULL AND {CatalogFilter.NotExtensionMember("pg_event_trigger", "v.oid")}
            ORDER BY 1
            """))
        {
            _unsupported.Add((string)row[0]!);
        }
    }
}
