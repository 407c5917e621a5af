using System.Globalization;
using SchemaGen.Core.Postgres;

namespace SchemaGen.Cli.Introspection;

internal sealed partial class DatabaseSchemaReader
{
    private static readonly string UserTables =
        $"c.relkind IN ('r', 'p') AND {CatalogFilter.UserNamespace("n")} AND {CatalogFilter.NotExtensionMember("pg_class", "c.oid")} "
        + $"AND {CatalogFilter.NotHistoryTable("n", "c")}";

    private sealed record TableShape(
        uint Oid, string Schema, string Name, char Kind, char Persistence, string? PartitionOf, string? Bound,
        string? PartitionKey, string[]? Options, List<string> Inherits)
    {
        public List<ColumnShape> Columns { get; } = new();
        public string Sql => Identifiers.QuoteQualified(Schema, Name);
    }

    private sealed record ColumnShape(
        short Number, string Name, string Type, bool NotNull, string? Default, char Identity, char Generated, bool IsLocal, string? Collation);

    /// <summary>A sequence a column owns: a serial's (deptype a) or an identity's (deptype i).</summary>
    private sealed record OwnedSequence(
        uint TableOid, short Column, string Schema, string Name, string Type, long Start, long Increment, long Min, long Max, long Cache, bool Cycle, char DependencyType)
    {
        public bool IsSerialDefault(string columnType) =>
            Type == columnType && Start == 1 && Increment == 1 && Min == 1 && Max == TypeNames.IntegerRange(Type).Max && Cache == 1 && !Cycle;
    }

    private sealed class Tables
    {
        public List<TableShape> All { get; } = new();
        public Dictionary<(uint, short), OwnedSequence> Owned { get; } = new();

        /// <summary>Sequences written as a serial column rather than CREATE SEQUENCE.</summary>
        public HashSet<(string, string)> Serials { get; } = new();
    }

    private Tables ReadTableShapes()
    {
        var tables = new Tables();
        var byOid = new Dictionary<uint, TableShape>();
        foreach (var row in Rows($"""
            SELECT c.oid, n.nspname, c.relname, c.relkind::text, c.relpersistence::text,
                   (SELECT format('%s', i.inhparent::regclass) FROM pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition),
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
                   c.reloptions,
                   ARRAY(SELECT format('%s', i.inhparent::regclass) FROM pg_inherits i WHERE i.inhrelid = c.oid AND NOT c.relispartition ORDER BY i.inhseqno)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE {UserTables}
            ORDER BY c.relispartition, n.nspname, c.relname
            """))
        {
            var table = new TableShape(
                (uint)row[0]!, (string)row[1]!, (string)row[2]!, ((string)row[3]!)[0], ((string)row[4]!)[0],
                (string?)row[5], (string?)row[6], (string?)row[7], (string[]?)row[8], ((string[])row[9]!).ToList());
            tables.All.Add(table);
            byOid[table.Oid] = table;
        }

        foreach (var row in Rows($"""
            SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(ad.adbin, ad.adrelid), a.attidentity::text, a.attgenerated::text, a.attislocal,
                   CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN
                       CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname) ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
                   END
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE {UserTables} AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """))
        {
            byOid[(uint)row[0]!].Columns.Add(new ColumnShape(
                (short)row[1]!, (string)row[2]!, (string)row[3]!, (bool)row[4]!, (string?)row[5],
                ((string)row[6]!).FirstOrDefault(), ((string)row[7]!).FirstOrDefault(), (bool)row[8]!, (string?)row[9]));
        }

        foreach (var row in Rows("""
            SELECT d.refobjid, d.refobjsubid::smallint, sn.nspname, s.relname, format_type(q.seqtypid, NULL),
                   q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle, d.deptype::text
            FROM pg_depend d
            JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' JOIN pg_namespace sn ON sn.oid = s.relnamespace
            JOIN pg_sequence q ON q.seqrelid = s.oid
            WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
              AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
            """))
        {
            var owned = new OwnedSequence(
                (uint)row[0]!, (short)row[1]!, (string)row[2]!, (string)row[3]!, (string)row[4]!,
                (long)row[5]!, (long)row[6]!, (long)row[7]!, (long)row[8]!, (long)row[9]!, (bool)row[10]!, ((string)row[11]!)[0]);
            if (!byOid.TryGetValue(owned.TableOid, out var table)) continue;
            tables.Owned[(owned.TableOid, owned.Column)] = owned;
            var column = table.Columns.FirstOrDefault(c => c.Number == owned.Column);
            if (owned.DependencyType == 'a' && column is not null && IsSerial(table, column, owned))
                tables.Serials.Add((owned.Schema, owned.Name));
        }
        return tables;
    }

    /// <summary>
    /// A column that <c>serial</c> would have made exactly: same sequence name, type and options, and
    /// the default nextval of it. Written as serial, it binds to the same model as the database.
    /// </summary>
    private static bool IsSerial(TableShape table, ColumnShape column, OwnedSequence sequence) =>
        SerialName(column.Type) is not null
        && column.NotNull
        && column.Identity == '\0'
        && sequence.Schema == table.Schema
        && sequence.Name == ObjectNaming.MakeObjectName(table.Name, column.Name, "seq")
        && sequence.IsSerialDefault(column.Type)
        && column.Default == $"nextval({Lit(Identifiers.QuoteQualified(sequence.Schema, sequence.Name))}::regclass)";

    private static string? SerialName(string type) => type switch
    {
        "integer" => "serial",
        "bigint" => "bigserial",
        "smallint" => "smallserial",
        _ => null,
    };

    private void ReadTables(Tables tables)
    {
        var constraints = new Dictionary<uint, List<string>>();
        foreach (var row in Rows($"""
            SELECT c.oid, k.conname, pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE {UserTables} AND k.contype IN ('p', 'u', 'c', 'x') AND k.convalidated AND k.conislocal AND k.conparentid = 0
            ORDER BY c.oid, k.contype = 'c', k.conname
            """))
        {
            var oid = (uint)row[0]!;
            if (!constraints.TryGetValue(oid, out var list)) constraints[oid] = list = new List<string>();
            list.Add($"CONSTRAINT {Q((string)row[1]!)} {(string)row[2]!}");
        }

        foreach (var table in tables.All)
        {
            var persistence = table.Persistence == 'u' ? "UNLOGGED " : "";
            var parts = new List<string>();
            if (table.PartitionOf is null)
            {
                foreach (var column in table.Columns.Where(c => c.IsLocal))
                    parts.Add(ColumnSql(table, column, tables));
            }
            if (constraints.TryGetValue(table.Oid, out var tableConstraints))
                parts.AddRange(tableConstraints);

            var sql = $"CREATE {persistence}TABLE {table.Sql}";
            if (table.PartitionOf is not null) sql += $" PARTITION OF {table.PartitionOf}";
            if (parts.Count > 0 || table.PartitionOf is null)
                sql += parts.Count == 0 ? " ()" : " (\n    " + string.Join(",\n    ", parts) + "\n)";
            if (table.Bound is not null) sql += " " + table.Bound;
            if (table.Inherits.Count > 0) sql += $" INHERITS ({string.Join(", ", table.Inherits)})";
            if (table.PartitionKey is not null) sql += $" PARTITION BY {table.PartitionKey}";
            if (table.Options is { Length: > 0 }) sql += $" WITH ({string.Join(", ", table.Options)})";
            Add(sql);
        }
    }

    private static string ColumnSql(TableShape table, ColumnShape column, Tables tables)
    {
        tables.Owned.TryGetValue((table.Oid, column.Number), out var owned);
        if (owned is { DependencyType: 'a' } && tables.Serials.Contains((owned.Schema, owned.Name)))
            return $"{Q(column.Name)} {SerialName(column.Type)}";

        var sql = $"{Q(column.Name)} {column.Type}";
        if (column.Collation is not null) sql += $" COLLATE {column.Collation}";
        if (column.Generated == 's') sql += $" GENERATED ALWAYS AS ({column.Default}) STORED";
        else if (column.Default is not null) sql += $" DEFAULT {column.Default}";
        if (column.NotNull) sql += " NOT NULL";
        if (column.Identity is 'a' or 'd')
        {
            sql += column.Identity == 'a' ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY";
            var options = owned is { DependencyType: 'i' }
                ? SequenceOptions(owned.Type, owned.Start, owned.Increment, owned.Min, owned.Max, owned.Cache, owned.Cycle)
                : "";
            if (options.Length > 0) sql += $" ({options})";
        }
        return sql;
    }

    /// <summary>
    /// The options that differ from PostgreSQL's defaults for <paramref name="type"/> and the sign of the
    /// increment, so the file reads as written by hand (and avoids spelling the type's extremes).
    /// </summary>
    private static string SequenceOptions(string type, long start, long increment, long min, long max, long cache, bool cycle)
    {
        var (typeMin, typeMax) = TypeNames.IntegerRange(type);
        var defaultMin = increment > 0 ? 1 : typeMin;
        var defaultMax = increment > 0 ? typeMax : -1;
        var options = new List<string>();
        if (start != (increment > 0 ? min : max)) options.Add($"START WITH {N(start)}");
        if (increment != 1) options.Add($"INCREMENT BY {N(increment)}");
        if (min != defaultMin) options.Add($"MINVALUE {N(min)}");
        if (max != defaultMax) options.Add($"MAXVALUE {N(max)}");
        if (cache != 1) options.Add($"CACHE {N(cache)}");
        if (cycle) options.Add("CYCLE");
        return string.Join(" ", options);

        static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }

    private void ReadStandaloneSequences(Tables tables)
    {
        foreach (var row in Rows($"""
            SELECT n.nspname, c.relname, format_type(q.seqtypid, NULL), q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle, c.relpersistence = 'u'
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence q ON q.seqrelid = c.oid
            WHERE c.relkind = 'S' AND {CatalogFilter.UserNamespace("n")} AND {CatalogFilter.NotExtensionMember("pg_class", "c.oid")}
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')
            ORDER BY n.nspname, c.relname
            """))
        {
            var (schema, name) = ((string)row[0]!, (string)row[1]!);
            if (tables.Serials.Contains((schema, name))) continue;
            var unlogged = (bool)row[9]! ? "UNLOGGED " : "";
            var type = (string)row[2]!;
            var options = SequenceOptions(type, (long)row[3]!, (long)row[4]!, (long)row[5]!, (long)row[6]!, (long)row[7]!, (bool)row[8]!);
            Add($"CREATE {unlogged}SEQUENCE {Identifiers.QuoteQualified(schema, name)} AS {type}{(options.Length > 0 ? " " + options : "")}");
        }
    }

    /// <summary>OWNED BY of sequences that are not serials; only once their tables exist.</summary>
    private void ReadSequenceOwners(Tables tables)
    {
        foreach (var table in tables.All)
        {
            foreach (var column in table.Columns)
            {
                if (!tables.Owned.TryGetValue((table.Oid, column.Number), out var owned) || owned.DependencyType != 'a') continue;
                if (tables.Serials.Contains((owned.Schema, owned.Name))) continue;
                Add($"ALTER SEQUENCE {Identifiers.QuoteQualified(owned.Schema, owned.Name)} OWNED BY {table.Sql}.{Q(column.Name)}");
            }
        }
    }

    /// <summary>Foreign keys, after every table; and unvalidated checks, which only ALTER TABLE leaves NOT VALID.</summary>
    private void ReadForeignKeys()
    {
        foreach (var row in Rows($"""
            SELECT n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE {UserTables} AND (k.contype = 'f' OR NOT k.convalidated) AND k.conislocal AND k.conparentid = 0
            ORDER BY n.nspname, c.relname, k.conname
            """))
        {
            Add($"ALTER TABLE {Identifiers.QuoteQualified((string)row[0]!, (string)row[1]!)} ADD CONSTRAINT {Q((string)row[2]!)} {(string)row[3]!}");
        }
    }

    /// <summary>REPLICA IDENTITY other than the default; after the indexes, since one may name an index.</summary>
    private void ReadReplicaIdentities()
    {
        foreach (var row in Rows($"""
            SELECT n.nspname, c.relname, c.relreplident::text,
                   (SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = c.oid AND x.indisreplident)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE {UserTables} AND c.relreplident <> 'd'
            ORDER BY n.nspname, c.relname
            """))
        {
            var identity = (string)row[2]! switch
            {
                "f" => "FULL",
                "n" => "NOTHING",
                _ => row[3] is string index ? $"USING INDEX {Q(index)}" : null,
            };
            if (identity is not null) Add($"ALTER TABLE {Name((string)row[0]!, (string)row[1]!)} REPLICA IDENTITY {identity}");
        }
    }

    private void ReadIndexes()
    {
        foreach (var row in Rows($"""
            SELECT pg_get_indexdef(x.indexrelid)
            FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_class i ON i.oid = x.indexrelid
            WHERE ({UserTables} OR c.relkind = 'm' AND {CatalogFilter.UserNamespace("n")} AND {CatalogFilter.NotExtensionMember("pg_class", "c.oid")})
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x') AND k.conrelid = x.indrelid)
              AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = x.indexrelid)
            ORDER BY n.nspname, c.relname, i.relname
            """))
        {
            Add((string)row[0]!);
        }
    }
}
