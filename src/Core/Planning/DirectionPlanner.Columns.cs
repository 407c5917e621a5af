using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Writing;

namespace SchemaGen.Core.Planning;

internal sealed partial class DirectionPlanner
{
    private void PlanColumns(Table old, Table table)
    {
        var renamed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            // A partition's inherited columns change through its parent, all but their own NOT NULL;
            // so do an inheritance child's, while its parents stay the same.
            if (column.Inherited && (table.PartitionOf != null || FollowsParents(old, table)))
            {
                PlanPartitionColumn(old, table, column);
                continue;
            }
            var oldColumn = old.FindColumn(column.Name);
            // A column the child only inherited goes when its parent drops it (DropColumns); the
            // child's own one of that name is added after that, in AlterTables.
            if (oldColumn != null && LeavesWithParent(old, table, oldColumn))
            {
                AddColumn(table, column, Phase.AlterTables);
                continue;
            }
            if (oldColumn == null && RenameSource(old, table, column) is { } source)
            {
                RenameColumn(table, source, column);
                renamed.Add(source.Name);
                AlterColumn(table, source, column);
            }
            else if (oldColumn == null) AddColumn(table, column);
            else if (ColumnIsRecreated(old, column.Name)) RecreateColumn(table, oldColumn, column);
            else AlterColumn(table, oldColumn, column);
        }
        foreach (var column in old.Columns.Where(c => table.FindColumn(c.Name) == null && !renamed.Contains(c.Name) && IsOwnColumn(old, table, c)).Reverse())
        {
            var label = $"{table.Name.ToSql()}.{SqlText.Name(column.Name)}";
            var hazards = new List<Hazard>
            {
                Hazard(DiagnosticRules.DropColumn, $"{table.Name}.{column.Name}", column.Location, label),
                Hazard(DiagnosticRules.DroppedColumnStillDeployed, $"{table.Name}.{column.Name}", column.Location, label),
            };
            if (ProbableRenameOf(old, table, column, renamed) is { } added)
                hazards.Add(Hazard(DiagnosticRules.ProbableColumnRename, $"{table.Name}.{added.Name}", added.Location,
                    $"{table.Name.ToSql()}.{SqlText.Name(added.Name)}", SqlText.Name(column.Name), column.Name));
            _plan.Add(Phase.DropColumns, $"ALTER TABLE {table.Name.ToSql()} DROP COLUMN {IfExists}{SqlText.Name(column.Name)};",
                $"drop column {table.Name.Name}.{column.Name}", hazards.ToArray());
        }
    }

    /// <summary>
    /// Whether the table itself drops an old column that is gone: a partition's and a following
    /// inheritance child's inherited columns go with the parent's, unless the child declared
    /// the column itself too (then PostgreSQL keeps it as the child's own).
    /// </summary>
    private static bool IsOwnColumn(Table old, Table table, Column column)
    {
        if (!column.Inherited) return true;
        if (old.PartitionOf != null) return false;
        return column.Local || !FollowsParents(old, table);
    }

    /// <summary>An old column the child only inherited, which its unchanged parents drop.</summary>
    private bool LeavesWithParent(Table old, Table table, Column oldColumn) =>
        oldColumn.Inherited && !oldColumn.Local && old.PartitionOf == null && FollowsParents(old, table)
        && !table.Inherits.Any(p => _new.Tables.Find(p)?.FindColumn(oldColumn.Name) != null);

    /// <summary>
    /// The old column a new one continues under another name: named by the new column's
    /// <c>@renamed from=</c> (UP), or naming the new one in its own annotation (DOWN, where
    /// the annotated version is the old side). Only when the old name is gone from the new table.
    /// </summary>
    private static Column? RenameSource(Table old, Table table, Column column)
    {
        if (column.RenamedFrom is { } from && table.FindColumn(from) == null && old.FindColumn(from) is { } source)
            return source;
        return old.Columns.FirstOrDefault(c => c.RenamedFrom == column.Name && table.FindColumn(c.Name) == null);
    }

    private void RenameColumn(Table table, Column source, Column column)
    {
        var statement = $"ALTER TABLE {table.Name.ToSql()} RENAME COLUMN {SqlText.Name(source.Name)} TO {SqlText.Name(column.Name)};";
        var regclass = Identifiers.Literal(Identifiers.QuoteFullyQualified(table.Name.Schema, table.Name.Name));
        var sql = Guarded($"EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = {regclass}::regclass AND attname = {Identifiers.Literal(source.Name)} AND NOT attisdropped)", statement);
        _plan.Add(Phase.RenameColumns, sql, $"rename column {table.Name.Name}.{source.Name} to {column.Name}",
            Hazard(DiagnosticRules.ColumnRenamed, $"{table.Name}.{column.Name}", column.Location, $"{table.Name.Name}.{source.Name}", column.Name));
    }

    /// <summary>
    /// A stored generated column whose expression changes, or a plain column that becomes
    /// generated, is dropped and added again: PostgreSQL 15 cannot change it in place, and its
    /// values are computed anyway.
    /// </summary>
    private bool ColumnIsRecreated(Table old, string columnName)
    {
        var oldColumn = old.FindColumn(columnName);
        var newColumn = _new.Tables.Find(old.Name)?.FindColumn(columnName);
        if (oldColumn == null || newColumn?.Generated == null) return false;
        return oldColumn.Generated == null || oldColumn.Generated.Normalized != newColumn.Generated.Normalized;
    }

    private void AddColumn(Table table, Column column, Phase phase = Phase.AddColumns)
    {
        var name = table.Name.ToSql();
        var definition = SqlText.ColumnDefinition(column);
        var change = $"add column {table.Name.Name}.{column.Name}";
        var needsBackfill = column.NotNull && column.Default == null && column.Identity == null
                            && column.Generated == null && column.SerialType == null;
        if (!needsBackfill)
        {
            var rewrite = RewritingAddition(column) is { } what
                ? new[] { Hazard(DiagnosticRules.TableRewrite, $"{table.Name}.{column.Name}", column.Location, $"Adding column {SqlText.Name(column.Name)} {what}", name) }
                : Array.Empty<Hazard>();
            _plan.Add(phase, $"ALTER TABLE {name} ADD COLUMN {IfNotExists}{definition};", change, rewrite);
            return;
        }
        // Existing rows need a value: add with a temporary default, then drop the default.
        var temporary = TemporaryDefault(column.Type);
        var hazard = Hazard(DiagnosticRules.NotNullColumnWithoutDefault, $"{table.Name}.{column.Name}", column.Location,
            $"{table.Name.ToSql()}.{SqlText.Name(column.Name)}", temporary ?? "(none: the migration fails if the table has rows)");
        if (temporary == null)
        {
            _plan.Add(phase, $"ALTER TABLE {name} ADD COLUMN {IfNotExists}{definition};", change, hazard);
            return;
        }
        _plan.Add(phase, $"ALTER TABLE {name} ADD COLUMN {IfNotExists}{definition} DEFAULT {temporary};", change, hazard);
        _plan.Add(phase, $"ALTER TABLE {name} ALTER COLUMN {SqlText.Name(column.Name)} DROP DEFAULT;");
    }

    private void RecreateColumn(Table table, Column old, Column column)
    {
        var name = table.Name.ToSql();
        _plan.Add(Phase.AlterColumns, $"ALTER TABLE {name} DROP COLUMN {IfExists}{SqlText.Name(column.Name)};",
            $"recreate generated column {table.Name.Name}.{column.Name}",
            Hazard(DiagnosticRules.TableRewrite, $"{table.Name}.{column.Name}", column.Location, "Re-creating a generated column", name));
        _plan.Add(Phase.AlterColumns, $"ALTER TABLE {name} ADD COLUMN {IfNotExists}{SqlText.ColumnDefinition(column)};");
    }

    /// <summary>
    /// A partition's NOT NULL or default of its own (set by <c>col WITH OPTIONS</c> or its own
    /// primary key; dropping the key keeps NOT NULL) changes on the partition, unless the
    /// parent's change reaches it: SET/DROP NOT NULL and defaults on a partitioned table recurse.
    /// A table that joins or leaves a parent keeps its own settings, so they are set directly.
    /// </summary>
    private void PlanPartitionColumn(Table old, Table table, Column column)
    {
        var moved = table.PartitionOf != old.PartitionOf;
        var prefix = $"ALTER TABLE {table.Name.ToSql()} ALTER COLUMN {SqlText.Name(column.Name)}";
        var label = $"{table.Name.Name}.{column.Name}";
        if (old.FindColumn(column.Name) is not { } oldColumn)
        {
            // Added through the parent: it arrives with the parent's settings, then gets the table's own.
            if (moved || ParentColumn(_new, table, column.Name) is not { } added) return;
            if (column.NotNull && !added.NotNull)
                _plan.Add(Phase.AlterColumns, $"{prefix} SET NOT NULL;", $"set {label} NOT NULL", Hazard(DiagnosticRules.SetNotNull, label, column.Location, label));
            if (!Equals(column.Default, added.Default))
                _plan.Add(Phase.AlterColumns, column.Default == null ? $"{prefix} DROP DEFAULT;" : $"{prefix} SET DEFAULT {column.Default.Text};",
                    column.Default == null ? $"drop default of {label}" : $"set default of {label}");
            return;
        }
        var parentNew = moved ? null : ParentColumn(_new, table, column.Name);
        var parentOld = moved ? null : ParentColumn(_old, table, column.Name);
        if (oldColumn.NotNull != column.NotNull && parentNew?.NotNull != true && parentOld?.NotNull != true)
        {
            if (column.NotNull)
                _plan.Add(Phase.AlterColumns, $"{prefix} SET NOT NULL;", $"set {label} NOT NULL", Hazard(DiagnosticRules.SetNotNull, label, column.Location, label));
            else
                _plan.Add(Phase.AlterColumns, $"{prefix} DROP NOT NULL;", $"drop NOT NULL of {label}");
        }
        if (!Equals(oldColumn.Default, column.Default) && (moved || Equals(parentOld?.Default, parentNew?.Default)))
            _plan.Add(Phase.AlterColumns, column.Default == null ? $"{prefix} DROP DEFAULT;" : $"{prefix} SET DEFAULT {column.Default.Text};",
                column.Default == null ? $"drop default of {label}" : $"set default of {label}");
    }

    /// <summary>The column a partition or inheritance child takes from its (first matching) parent.</summary>
    private static Column? ParentColumn(Catalog catalog, Table table, string name)
    {
        if (table.PartitionOf is { } partitionParent) return catalog.Tables.Find(partitionParent)?.FindColumn(name);
        foreach (var parent in table.Inherits)
            if (catalog.Tables.Find(parent)?.FindColumn(name) is { } column) return column;
        return null;
    }

    private void AlterColumn(Table table, Column old, Column column)
    {
        var prefix = $"ALTER TABLE {table.Name.ToSql()} ALTER COLUMN {SqlText.Name(column.Name)}";
        var label = $"{table.Name.Name}.{column.Name}";
        var defaultHandled = false;

        if (old.Generated != null && column.Generated == null)
            _plan.Add(Phase.AlterColumns, $"{prefix} DROP EXPRESSION{(Idempotent ? " IF EXISTS" : "")};", $"make {label} a plain column");

        if (old.Identity != null && column.Identity == null)
            _plan.Add(Phase.AlterColumns, $"{prefix} DROP IDENTITY {IfExists}".TrimEnd() + ";", $"drop identity of {label}");

        var typeChanged = old.Type.Sql != column.Type.Sql || old.Collation != column.Collation;
        if (typeChanged)
        {
            if (old.Default != null)
            {
                // The old default may not cast to the new type; set the new one afterwards.
                _plan.Add(Phase.AlterColumns, $"{prefix} DROP DEFAULT;");
                defaultHandled = true;
            }
            if (old.Type.Sql != column.Type.Sql) _retypedColumns.Add((table.Name, column.Name));
            var sql = $"{prefix} TYPE {column.Type.Sql}";
            if (column.Collation != null) sql += " COLLATE " + column.Collation;
            if (UsingCast(old.Type, column.Type) is { } cast) sql += $" USING {SqlText.Name(column.Name)}{cast}";
            var hazards = new List<Hazard>();
            if (old.Type.Sql != column.Type.Sql && !IsBinaryCoercible(old.Type, column.Type))
                hazards.Add(Hazard(DiagnosticRules.TableRewrite, label, column.Location, $"Changing the type of {label}", table.Name.ToSql()));
            if (CanLoseData(old.Type, column.Type))
                hazards.Add(Hazard(DiagnosticRules.TypeNarrowed, label, column.Location, label, old.Type.Sql, column.Type.Sql));
            else if (CanLoseData(column.Type, old.Type))
                hazards.Add(Hazard(DiagnosticRules.IrreversibleDown, label, column.Location, $"the type change of {label}",
                    $"DOWN changes it back to {old.Type.Sql}, which can truncate values or fail"));
            _plan.Add(Phase.AlterColumns, sql + ";", $"change type of {label} to {column.Type.Sql}", hazards.ToArray());
            if (column.Default != null) _plan.Add(Phase.AlterColumns, $"{prefix} SET DEFAULT {column.Default.Text};");
        }

        if (!defaultHandled && !Equals(old.Default, column.Default) && column.Identity == null)
        {
            _plan.Add(Phase.AlterColumns, column.Default == null ? $"{prefix} DROP DEFAULT;" : $"{prefix} SET DEFAULT {column.Default.Text};",
                column.Default == null ? $"drop default of {label}" : $"set default of {label}");
        }
        else if (!defaultHandled && old.Default != null && column.Identity != null && old.Identity == null)
        {
            _plan.Add(Phase.AlterColumns, $"{prefix} DROP DEFAULT;", $"drop default of {label}");
        }

        // Identity needs NOT NULL first; dropping NOT NULL needs the identity gone, which happened above.
        if (old.NotNull != column.NotNull)
        {
            if (column.NotNull)
                _plan.Add(Phase.AlterColumns, $"{prefix} SET NOT NULL;", $"set {label} NOT NULL",
                    Hazard(DiagnosticRules.SetNotNull, label, column.Location, label));
            else
                _plan.Add(Phase.AlterColumns, $"{prefix} DROP NOT NULL;", $"drop NOT NULL of {label}",
                    Hazard(DiagnosticRules.IrreversibleDown, label, column.Location, $"dropping NOT NULL of {label}",
                        "DOWN sets NOT NULL again and fails if a row holds NULL"));
        }

        if (old.Identity == null && column.Identity != null)
            _plan.Add(Phase.AlterColumns, $"{prefix} ADD {SqlText.IdentityClause(column.Identity, column.Type.Sql)};", $"make {label} an identity column");
        else if (old.Identity != null && column.Identity != null)
            AlterIdentity(prefix, label, old.Identity, column.Identity, column.Type.Sql);

    }

    private void AlterIdentity(string prefix, string label, Identity old, Identity identity, string columnType)
    {
        var clauses = new List<string>();
        if (old.Always != identity.Always) clauses.Add(identity.Always ? "SET GENERATED ALWAYS" : "SET GENERATED BY DEFAULT");
        var o = old.Options;
        var n = identity.Options;
        if (o.Increment != n.Increment) clauses.Add("SET INCREMENT BY " + n.Increment);
        if (o.MinValue != n.MinValue) clauses.Add("SET MINVALUE " + n.MinValue);
        if (o.MaxValue != n.MaxValue) clauses.Add("SET MAXVALUE " + n.MaxValue);
        if (o.Start != n.Start) clauses.Add("SET START WITH " + n.Start);
        if (o.Cache != n.Cache) clauses.Add("SET CACHE " + n.Cache);
        if (o.Cycle != n.Cycle) clauses.Add(n.Cycle ? "SET CYCLE" : "SET NO CYCLE");
        if (clauses.Count > 0)
            _plan.Add(Phase.AlterColumns, KeepValueInRange(identity.Sequence, o, n, $"{prefix} {string.Join(" ", clauses)}"), $"change identity of {label}");
    }

    private static readonly string[] NumericTypes = { "smallint", "integer", "bigint", "real", "double precision", "numeric" };
    private static readonly string[] StringTypes = { "text", "character varying", "character", "bpchar" };
    private static readonly string[] DateTimeTypes = { "date", "timestamp", "time" };

    /// <summary>
    /// Whether PostgreSQL needs a USING cast: not when an implicit or assignment cast exists
    /// (within the numeric types, within the string types, anything to a string type, between
    /// dates and timestamps, or only the type modifier changes).
    /// </summary>
    private static bool NeedsUsing(DataType from, DataType to)
    {
        if (from.Sql.EndsWith("[]", StringComparison.Ordinal) != to.Sql.EndsWith("[]", StringComparison.Ordinal)) return true;
        var fromBase = BaseName(from.Sql);
        var toBase = BaseName(to.Sql);
        if (fromBase == toBase) return false;
        if (StringTypes.Contains(toBase)) return false;
        if (NumericTypes.Contains(fromBase) && NumericTypes.Contains(toBase)) return false;
        if (DateTimeTypes.Contains(fromBase) && DateTimeTypes.Contains(toBase)) return fromBase == "time" || toBase == "time";
        return true;
    }

    private static bool NoDirectCast(DataType from, DataType to)
    {
        var fromBase = BaseName(from.Sql);
        var toBase = BaseName(to.Sql);
        return NumericTypes.Contains(fromBase) && DateTimeTypes.Contains(toBase)
            || DateTimeTypes.Contains(fromBase) && NumericTypes.Contains(toBase)
            || fromBase == "boolean" && NumericTypes.Contains(toBase) && toBase != "integer"
            || NumericTypes.Contains(fromBase) && fromBase != "integer" && toBase == "boolean";
    }

    /// <summary>
    /// Changes PostgreSQL makes without rewriting the table: to text or an unconstrained string
    /// type, a longer varchar, an unconstrained numeric or one with more digits and the same scale.
    /// </summary>
    private static bool IsBinaryCoercible(DataType from, DataType to)
    {
        if (from.UserType != null || to.UserType != null) return false;
        if (from.Sql.EndsWith("[]", StringComparison.Ordinal) || to.Sql.EndsWith("[]", StringComparison.Ordinal)) return false;
        var fromBase = BaseName(from.Sql);
        var toBase = BaseName(to.Sql);
        var fromMods = Modifiers(from.Sql);
        var toMods = Modifiers(to.Sql);
        if (fromBase is "text" or "character varying" && to.Sql is "text" or "character varying") return true;
        if (fromBase == "character varying" && toBase == "character varying")
            return toMods.Length == 0 || fromMods.Length == 1 && toMods.Length == 1 && toMods[0] >= fromMods[0];
        if (fromBase == "numeric" && toBase == "numeric")
            return toMods.Length == 0 || fromMods.Length == 2 && toMods.Length == 2 && toMods[1] == fromMods[1] && toMods[0] >= fromMods[0];
        return false;
    }

    private static int[] Modifiers(string type)
    {
        var open = type.IndexOf('(');
        var close = type.IndexOf(')');
        if (open < 0 || close < open) return Array.Empty<int>();
        return type.Substring(open + 1, close - open - 1).Split(',')
            .Select(m => int.TryParse(m, out var value) ? value : -1).ToArray();
    }

    private static string BaseName(string type)
    {
        var paren = type.IndexOf('(');
        var name = paren >= 0 ? type.Substring(0, paren) : type;
        if (name.EndsWith("[]", StringComparison.Ordinal)) name = name.Substring(0, name.Length - 2);
        if (name.StartsWith("timestamp", StringComparison.Ordinal)) return "timestamp";
        if (name.StartsWith("time ", StringComparison.Ordinal) || name == "time") return "time";
        return name.Trim();
    }

    /// <summary>A value every row can take while a NOT NULL column is added, or null when none is known.</summary>
    private static string? TemporaryDefault(DataType type)
    {
        if (type.Sql.EndsWith("[]", StringComparison.Ordinal)) return "'{}'";
        if (type.UserType != null) return null;
        var baseName = BaseName(type.Sql);
        if (StringTypes.Contains(baseName) || baseName == "bytea") return "''";
        if (NumericTypes.Contains(baseName) || baseName == "money") return "0";
        return baseName switch
        {
            "boolean" => "false",
            "date" or "timestamp" => "'epoch'",
            "time" => "'00:00'",
            "interval" => "'0'",
            "uuid" => "'00000000-0000-0000-0000-000000000000'",
            "json" or "jsonb" => "'{}'",
            "inet" or "cidr" => "'0.0.0.0'",
            "bit" or "bit varying" => null,
            _ => null,
        };
    }

}
