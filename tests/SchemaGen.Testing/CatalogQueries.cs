namespace SchemaGen.Testing;

/// <summary>
/// The SQL behind <see cref="CatalogSnapshot"/>: each query yields (kind, key, value) rows for the
/// user's objects. Keys are names (never OIDs or column positions) so that two databases built
/// differently compare equal when PostgreSQL holds the same schema; values are PostgreSQL's own
/// deparsed text (pg_get_*def, format_type, pg_get_expr) so spelling differences in the source vanish.
/// </summary>
internal static class CatalogQueries
{
    /// <summary>Non-system schemas not created by an extension.</summary>
    private const string UserSchemas = """
        WITH ns AS (
            SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
              AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                              WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e'))

        """;

    private static string NotExtensionMember(string catalog, string oid) =>
        $"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.{catalog}'::regclass AND x.objid = {oid} AND x.deptype = 'e')";

    private static string Collation(string oid) =>
        $"(SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = {oid})";

    public static IReadOnlyList<string> All { get; } =
    [
        UserSchemas + "SELECT 'schema', quote_ident(ns.nspname), '' FROM ns",

        """
        SELECT 'extension', quote_ident(e.extname), concat_ws(' ', 'version=' || e.extversion, 'schema=' || quote_ident(n.nspname))
        FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
        """,

        UserSchemas + $"""
        SELECT 'table', format('%I.%I', ns.nspname, c.relname), concat_ws(' ',
            'kind=' || c.relkind::text,
            'persistence=' || c.relpersistence::text,
            'options=' || NULLIF(array_to_string(ARRAY(SELECT o FROM unnest(c.reloptions) o ORDER BY o), ','), ''),
            CASE WHEN c.relrowsecurity THEN 'row-security' END,
            CASE WHEN c.relforcerowsecurity THEN 'force-row-security' END,
            CASE WHEN c.relreplident <> 'd' THEN 'replica-identity=' || c.relreplident::text END,
            CASE WHEN c.relkind = 'p' THEN 'partition-by=' || pg_catalog.pg_get_partkeydef(c.oid) END,
            CASE WHEN c.relispartition THEN 'bound=' || pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,
            'inherits=' || (SELECT string_agg(format('%I.%I', pn.nspname, p.relname), ',' ORDER BY i.inhseqno)
                            FROM pg_catalog.pg_inherits i
                            JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                            JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                            WHERE i.inhrelid = c.oid))
        FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'f') AND {NotExtensionMember("pg_class", "c.oid")}
        """,

        // Tables, views and matviews alike: a view's column types change when what it reads is retyped.
        UserSchemas + $"""
        SELECT 'column', format('%I.%I.%I', ns.nspname, c.relname, a.attname), concat_ws(' ',
            pg_catalog.format_type(a.atttypid, a.atttypmod),
            CASE WHEN a.attcollation <> t.typcollation THEN 'collate ' || {Collation("a.attcollation")} END,
            CASE WHEN a.attnotnull THEN 'not null' END,
            CASE WHEN a.attgenerated = 's' THEN 'generated always as (' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) || ') stored'
                 WHEN ad.adbin IS NOT NULL THEN 'default ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END,
            CASE a.attidentity WHEN 'a' THEN 'identity always' WHEN 'd' THEN 'identity by default' END,
            CASE WHEN a.attstorage <> t.typstorage THEN 'storage=' || a.attstorage::text END,
            CASE WHEN a.attcompression IN ('p', 'l') THEN 'compression=' || a.attcompression::text END,
            CASE WHEN a.attstattarget > 0 THEN 'statistics=' || a.attstattarget END,
            'options=' || NULLIF(array_to_string(ARRAY(SELECT o FROM unnest(a.attoptions) o ORDER BY o), ','), ''))
        FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
        JOIN ns ON ns.oid = c.relnamespace
        JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
        LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
          AND {NotExtensionMember("pg_class", "c.oid")}
        """,

        // NOT NULL constraints (contype 'n', PostgreSQL 18+) are covered by the column's 'not null'.
        UserSchemas + $"""
        SELECT 'constraint', format('%I.%I.%I', ns.nspname, c.relname, con.conname), pg_catalog.pg_get_constraintdef(con.oid, true)
        FROM pg_catalog.pg_constraint con
        JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
        JOIN ns ON ns.oid = c.relnamespace
        WHERE con.contype <> 'n' AND {NotExtensionMember("pg_class", "c.oid")}
        """,

        UserSchemas + $"""
        SELECT 'domain-constraint', format('%I.%I.%I', ns.nspname, t.typname, con.conname), pg_catalog.pg_get_constraintdef(con.oid, true)
        FROM pg_catalog.pg_constraint con
        JOIN pg_catalog.pg_type t ON t.oid = con.contypid
        JOIN ns ON ns.oid = t.typnamespace
        WHERE con.contype <> 'n' AND {NotExtensionMember("pg_type", "t.oid")}
        """,

        UserSchemas + $"""
        SELECT 'index', format('%I.%I', ns.nspname, ic.relname), concat_ws(' ',
            pg_catalog.pg_get_indexdef(i.indexrelid),
            CASE WHEN i.indisclustered THEN '[clustered]' END,
            CASE WHEN NOT i.indisvalid THEN '[invalid]' END,
            CASE WHEN i.indisreplident THEN '[replica-identity]' END)
        FROM pg_catalog.pg_index i
        JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
        JOIN ns ON ns.oid = ic.relnamespace
        WHERE {NotExtensionMember("pg_class", "c.oid")}
        """,

        // The current value is state, not schema: it is deliberately left out.
        UserSchemas + $"""
        SELECT 'sequence', format('%I.%I', ns.nspname, c.relname), concat_ws(' ',
            'type=' || pg_catalog.format_type(s.seqtypid, NULL),
            'increment=' || s.seqincrement, 'min=' || s.seqmin, 'max=' || s.seqmax,
            'start=' || s.seqstart, 'cache=' || s.seqcache,
            CASE WHEN s.seqcycle THEN 'cycle' END,
            'persistence=' || c.relpersistence::text,
            (SELECT string_agg(CASE d.deptype WHEN 'i' THEN 'identity-of=' ELSE 'owned-by=' END
                               || format('%I.%I.%I', tn.nspname, t.relname, a.attname), ',')
             FROM pg_catalog.pg_depend d
             JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
             JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
             JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
               AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0))
        FROM pg_catalog.pg_sequence s
        JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
        JOIN ns ON ns.oid = c.relnamespace
        WHERE {NotExtensionMember("pg_class", "c.oid")}
        """,

        UserSchemas + $"""
        SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized-view' END, format('%I.%I', ns.nspname, c.relname),
            concat_ws(' ',
                'options=' || NULLIF(array_to_string(ARRAY(SELECT o FROM unnest(c.reloptions) o ORDER BY o), ','), ''),
                CASE WHEN c.relkind = 'm' THEN CASE WHEN c.relispopulated THEN '[populated]' ELSE '[not populated]' END END,
                'as' || chr(10) || pg_catalog.pg_get_viewdef(c.oid, true))
        FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
        WHERE c.relkind IN ('v', 'm') AND {NotExtensionMember("pg_class", "c.oid")}
        """,

        UserSchemas + $"""
        SELECT 'enum', format('%I.%I', ns.nspname, t.typname),
            (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)
        FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
        WHERE t.typtype = 'e' AND {NotExtensionMember("pg_type", "t.oid")}
        """,

        UserSchemas + $"""
        SELECT 'domain', format('%I.%I', ns.nspname, t.typname), concat_ws(' ',
            pg_catalog.format_type(t.typbasetype, t.typtypmod),
            CASE WHEN t.typcollation <> bt.typcollation THEN 'collate ' || {Collation("t.typcollation")} END,
            CASE WHEN t.typnotnull THEN 'not null' END,
            'default ' || pg_catalog.pg_get_expr(t.typdefaultbin, 0))
        FROM pg_catalog.pg_type t
        JOIN ns ON ns.oid = t.typnamespace
        JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
        WHERE t.typtype = 'd' AND {NotExtensionMember("pg_type", "t.oid")}
        """,

        // Attribute order is part of a composite type's meaning (row constructors, casts), so it is kept.
        UserSchemas + $"""
        SELECT 'composite-type', format('%I.%I', ns.nspname, t.typname),
            (SELECT string_agg(concat_ws(' ', quote_ident(a.attname), pg_catalog.format_type(a.atttypid, a.atttypmod),
                                         CASE WHEN a.attcollation <> at.typcollation THEN 'collate ' || {Collation("a.attcollation")} END),
                               ', ' ORDER BY a.attnum)
             FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
        FROM pg_catalog.pg_type t
        JOIN ns ON ns.oid = t.typnamespace
        JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
        WHERE t.typtype = 'c' AND c.relkind = 'c' AND {NotExtensionMember("pg_type", "t.oid")}
        """,

        UserSchemas + $"""
        SELECT 'range-type', format('%I.%I', ns.nspname, t.typname), concat_ws(' ',
            'subtype=' || pg_catalog.format_type(r.rngsubtype, NULL),
            'collate=' || {Collation("NULLIF(r.rngcollation, 0)")},
            'opclass=' || (SELECT format('%I.%I', on2.nspname, oc.opcname) FROM pg_catalog.pg_opclass oc
                           JOIN pg_catalog.pg_namespace on2 ON on2.oid = oc.opcnamespace WHERE oc.oid = r.rngsubopc),
            'canonical=' || NULLIF(r.rngcanonical, 0)::regproc::text,
            'subdiff=' || NULLIF(r.rngsubdiff, 0)::regproc::text)
        FROM pg_catalog.pg_range r
        JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
        JOIN ns ON ns.oid = t.typnamespace
        WHERE {NotExtensionMember("pg_type", "t.oid")}
        """,

        // to_jsonb reads the ICU locale column under its PostgreSQL 15/16 and 17+ names alike.
        UserSchemas + $"""
        SELECT 'collation', format('%I.%I', ns.nspname, co.collname), concat_ws(' ',
            'provider=' || co.collprovider::text,
            'deterministic=' || co.collisdeterministic,
            'collate=' || co.collcollate,
            'ctype=' || co.collctype,
            'locale=' || coalesce(to_jsonb(co) ->> 'colliculocale', to_jsonb(co) ->> 'colllocale'),
            'rules=' || (to_jsonb(co) ->> 'collicurules'))
        FROM pg_catalog.pg_collation co JOIN ns ON ns.oid = co.collnamespace
        WHERE {NotExtensionMember("pg_collation", "co.oid")}
        """,

        UserSchemas + $"""
        SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,
            format('%I.%I(%s)', ns.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)),
            pg_catalog.pg_get_functiondef(p.oid)
        FROM pg_catalog.pg_proc p JOIN ns ON ns.oid = p.pronamespace
        WHERE p.prokind IN ('f', 'p') AND {NotExtensionMember("pg_proc", "p.oid")}
        """,

        UserSchemas + $"""
        SELECT 'aggregate', format('%I.%I(%s)', ns.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)),
            concat_ws(' ',
                'kind=' || ag.aggkind::text,
                'sfunc=' || ag.aggtransfn::regproc::text,
                'stype=' || pg_catalog.format_type(ag.aggtranstype, NULL),
                'finalfunc=' || NULLIF(ag.aggfinalfn, 0)::regproc::text,
                'combinefunc=' || NULLIF(ag.aggcombinefn, 0)::regproc::text,
                'initcond=' || quote_literal(ag.agginitval),
                'returns=' || pg_catalog.format_type(p.prorettype, NULL))
        FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_aggregate ag ON ag.aggfnoid = p.oid
        JOIN ns ON ns.oid = p.pronamespace
        WHERE {NotExtensionMember("pg_proc", "p.oid")}
        """,

        // Internal triggers implement foreign keys; the constraint already stands for them.
        UserSchemas + $"""
        SELECT 'trigger', format('%I.%I.%I', ns.nspname, c.relname, tg.tgname),
            pg_catalog.pg_get_triggerdef(tg.oid, true) || ' [enabled=' || tg.tgenabled::text || ']'
        FROM pg_catalog.pg_trigger tg
        JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
        JOIN ns ON ns.oid = c.relnamespace
        WHERE NOT tg.tgisinternal AND {NotExtensionMember("pg_class", "c.oid")}
        """,

        UserSchemas + $"""
        SELECT 'policy', format('%I.%I.%I', ns.nspname, c.relname, pol.polname), concat_ws(' ',
            CASE WHEN pol.polpermissive THEN 'permissive' ELSE 'restrictive' END,
            'for=' || pol.polcmd::text,
            'to=' || (SELECT string_agg(r.name, ',' ORDER BY r.name)
                      FROM (SELECT CASE WHEN role = 0 THEN 'public' ELSE quote_ident(pg_catalog.pg_get_userbyid(role)) END AS name
                            FROM unnest(pol.polroles) AS role) r),
            'using=(' || pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) || ')',
            'check=(' || pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) || ')')
        FROM pg_catalog.pg_policy pol
        JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
        JOIN ns ON ns.oid = c.relnamespace
        WHERE {NotExtensionMember("pg_class", "c.oid")}
        """,

        // A view's own _RETURN rule is the view definition, compared above.
        UserSchemas + $"""
        SELECT 'rule', format('%I.%I.%I', ns.nspname, c.relname, r.rulename),
            pg_catalog.pg_get_ruledef(r.oid, true) || ' [enabled=' || r.ev_enabled::text || ']'
        FROM pg_catalog.pg_rewrite r
        JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
        JOIN ns ON ns.oid = c.relnamespace
        WHERE r.rulename <> '_RETURN' AND {NotExtensionMember("pg_class", "c.oid")}
        """,

        UserSchemas + $"""
        SELECT 'statistics', format('%I.%I', ns.nspname, s.stxname), pg_catalog.pg_get_statisticsobjdef(s.oid)
        FROM pg_catalog.pg_statistic_ext s JOIN ns ON ns.oid = s.stxnamespace
        WHERE {NotExtensionMember("pg_statistic_ext", "s.oid")}
        """,

        // Objects made by initdb have OIDs below 16384 (FirstNormalObjectId); only later ones are the user's.
        UserSchemas + """
        SELECT 'comment', i.type || ' ' || i.identity, d.description
        FROM pg_catalog.pg_description d
        CROSS JOIN LATERAL pg_catalog.pg_identify_object(d.classoid, d.objoid, d.objsubid) i
        WHERE d.objoid >= 16384
          AND (i.schema IN (SELECT nspname FROM ns)
               OR (i.schema IS NULL AND (d.classoid <> 'pg_catalog.pg_namespace'::regclass OR d.objoid IN (SELECT oid FROM ns))))
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = d.classoid AND x.objid = d.objoid AND x.deptype = 'e')
        """,
    ];

    /// <summary>Columns of ordinary and partitioned tables, the ones that hold rows.</summary>
    public static string TableColumns { get; } = UserSchemas + $"""
        SELECT ns.nspname, c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod)
        FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
        JOIN ns ON ns.oid = c.relnamespace
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
          AND {NotExtensionMember("pg_class", "c.oid")}
        """;
}
