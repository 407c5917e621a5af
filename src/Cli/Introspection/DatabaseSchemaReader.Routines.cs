namespace SchemaGen.Cli.Introspection;

internal sealed partial class DatabaseSchemaReader
{
    /// <summary>
    /// Functions and procedures. Those whose signature names a table's row type, or whose SQL-standard
    /// body reads tables, come after the tables (<paramref name="returningRows"/>); the rest before,
    /// since defaults and checks may call them.
    /// </summary>
    private void ReadFunctions(bool returningRows)
    {
        foreach (var row in Rows($"""
            SELECT pg_get_functiondef(p.oid)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p') AND {CatalogFilter.UserNamespace("n")} AND {CatalogFilter.NotExtensionMember("pg_proc", "p.oid")}
              AND (p.prosqlbody IS NOT NULL OR EXISTS (
                  SELECT 1 FROM pg_depend d JOIN pg_class c ON c.reltype = d.refobjid
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.refclassid = 'pg_type'::regclass
                    AND c.relkind IN ('r', 'p', 'v', 'm'))) = {(returningRows ? "true" : "false")}
            ORDER BY n.nspname, p.proname, p.oid
            """))
        {
            Add(((string)row[0]!).TrimEnd().TrimEnd(';'));
        }
    }

    private void ReadViews()
    {
        var views = new Dictionary<uint, (string Sql, int Order)>();
        var rows = Rows($"""
            SELECT c.oid, n.nspname, c.relname, c.relkind::text, pg_get_viewdef(c.oid), c.reloptions, c.relispopulated
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('v', 'm') AND {CatalogFilter.UserNamespace("n")} AND {CatalogFilter.NotExtensionMember("pg_class", "c.oid")}
            ORDER BY n.nspname, c.relname
            """);
        foreach (var row in rows)
        {
            var materialized = (string)row[3]! == "m";
            var definition = ((string)row[4]!).Trim().TrimEnd(';');
            var sql = materialized ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ";
            sql += Name((string)row[1]!, (string)row[2]!);
            if (row[5] is string[] { Length: > 0 } options) sql += $" WITH ({string.Join(", ", options)})";
            sql += " AS\n" + definition;
            if (materialized) sql += (bool)row[6]! ? "\nWITH DATA" : "\nWITH NO DATA";
            views[(uint)row[0]!] = (sql, views.Count);
        }

        var dependencies = new Dictionary<uint, List<uint>>();
        foreach (var row in Rows("""
            SELECT DISTINCT r.ev_class, d.refobjid
            FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass
            WHERE d.refobjid <> r.ev_class
            """))
        {
            var (view, used) = ((uint)row[0]!, (uint)row[1]!);
            if (!views.ContainsKey(view) || !views.ContainsKey(used)) continue;
            if (!dependencies.TryGetValue(view, out var list)) dependencies[view] = list = new List<uint>();
            list.Add(used);
        }

        // Views that read other views follow them.
        var written = new HashSet<uint>();
        void Write(uint view)
        {
            if (!written.Add(view)) return;
            if (dependencies.TryGetValue(view, out var used))
                foreach (var other in used.OrderBy(o => views[o].Order)) Write(other);
            Add(views[view].Sql);
        }
        foreach (var view in views.OrderBy(v => v.Value.Order)) Write(view.Key);
    }

    private void ReadTriggers()
    {
        foreach (var row in Rows($"""
            SELECT pg_get_triggerdef(g.oid)
            FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT g.tgisinternal AND g.tgparentid = 0 AND {CatalogFilter.UserNamespace("n")}
              AND {CatalogFilter.NotExtensionMember("pg_class", "c.oid")} AND {CatalogFilter.NotHistoryTable("n", "c")}
            ORDER BY n.nspname, c.relname, g.tgname
            """))
        {
            Add((string)row[0]!);
        }
    }

    private void ReadRowSecurity()
    {
        foreach (var row in Rows($"""
            SELECT n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE {UserTables} AND (c.relrowsecurity OR c.relforcerowsecurity)
            ORDER BY n.nspname, c.relname
            """))
        {
            var table = Name((string)row[0]!, (string)row[1]!);
            if ((bool)row[2]!) Add($"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY");
            if ((bool)row[3]!) Add($"ALTER TABLE {table} FORCE ROW LEVEL SECURITY");
        }

        foreach (var row in Rows($"""
            SELECT n.nspname, c.relname, p.polname, p.polpermissive, p.polcmd::text,
                   ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r)) END FROM unnest(p.polroles) r),
                   pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
            FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE {UserTables}
            ORDER BY n.nspname, c.relname, p.polname
            """))
        {
            var command = (string)row[4]! switch
            {
                "r" => "SELECT",
                "a" => "INSERT",
                "w" => "UPDATE",
                "d" => "DELETE",
                _ => "ALL",
            };
            var sql = $"CREATE POLICY {Q((string)row[2]!)} ON {Name((string)row[0]!, (string)row[1]!)}";
            if (!(bool)row[3]!) sql += " AS RESTRICTIVE";
            sql += $" FOR {command} TO {string.Join(", ", (string[])row[5]!)}";
            if (row[6] is string qual) sql += $" USING ({qual})";
            if (row[7] is string check) sql += $" WITH CHECK ({check})";
            Add(sql);
        }
    }
}
