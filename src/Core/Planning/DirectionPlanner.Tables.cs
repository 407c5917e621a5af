using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;
using SchemaGen.Core.Writing;

namespace SchemaGen.Core.Planning;

internal sealed partial class DirectionPlanner
{
    private void PlanTables()
    {
        foreach (var table in _new.Tables.Values)
        {
            if (!_old.Tables.TryGetValue(table.Name, out var old)) CreateTable(table);
            else if (IsRecreated(table.Name)) RecreateTable(old, table);
            else PlanTableChanges(old, table);
        }
        foreach (var table in DropOrder(_old.Tables.Values.Where(t => !_new.Tables.ContainsKey(t.Name)).ToList()))
        {
            // A partition goes with its partitioned table when that is dropped too; otherwise it is
            // detached first, because foreign keys to the partitioned table also point at it.
            if (table.PartitionOf is { } parent && !_new.Tables.ContainsKey(parent)) continue;
            if (table.PartitionOf is { } kept && !IsRecreated(kept))
                _plan.Add(Phase.DetachPartitions, Detach(kept, table.Name), $"detach partition {table.Name.Name}");
            var sql = $"DROP TABLE {IfExists}{table.Name.ToSql()};";
            var phase = Phase.DropTables;
            if (_new.Views.ContainsKey(table.Name)) (phase, sql) = (Phase.DropTablesReplacedByViews, DropRelationSql("TABLE", table.Name));
            var hazards = new List<Hazard> { Hazard(DiagnosticRules.DropTable, table.Name.ToString(), table.Location, table.Name.ToSql()) };
            if (ProbableRenameOf(table) is { } added)
                hazards.Add(Hazard(DiagnosticRules.ProbableTableRename, added.Name.ToString(), added.Location, added.Name.ToSql(), table.Name.ToSql()));
            _plan.Add(phase, sql, $"drop table {table.Name.Name}", hazards.ToArray());
        }
    }

    private void CreateTable(Table table, Phase phase = Phase.CreateTables)
    {
        // An inheritance child's own NOT NULL or default on an inherited column is written as a
        // local column, which PostgreSQL merges with the inherited one.
        var lines = table.Columns.Where(c => !c.Inherited || c.Local || table.Inherits.Count > 0 && InheritedColumnDiffers(table, c))
            .Select(c => SqlText.ColumnDefinition(c)).ToList();
        if (table.PartitionOf != null)
            lines.AddRange(table.Columns.Where(c => c.Inherited && InheritedColumnDiffers(table, c)).Select(PartitionColumnOptions));
        // PostgreSQL marks a CHECK ... NOT VALID written in CREATE TABLE as valid; only ALTER TABLE keeps it unvalidated.
        // An inheritance child's inherited CHECKs come with INHERITS.
        foreach (var constraint in table.Constraints.Where(c => c.Kind != ConstraintKind.ForeignKey && !c.NotValid && !c.Inherited))
            lines.Add($"CONSTRAINT {SqlText.Name(constraint.Name)} {SqlText.ConstraintDefinition(constraint)}");
        var persistence = table.Persistence == 'u' ? "UNLOGGED " : "";
        var body = lines.Count == 0 ? "" : $" (\n    {string.Join(",\n    ", lines)}\n)";
        var sql = table.PartitionOf is { } parent
            ? $"CREATE {persistence}TABLE {IfNotExists}{table.Name.ToSql()} PARTITION OF {parent.ToSql()}{body} {table.PartitionBound!.Text}"
            : $"CREATE {persistence}TABLE {IfNotExists}{table.Name.ToSql()}{(body.Length == 0 ? " ()" : body)}";
        if (table.Inherits.Count > 0) sql += $" INHERITS ({string.Join(", ", table.Inherits.Select(p => p.ToSql()))})";
        if (table.PartitionBy != null) sql += " PARTITION BY " + table.PartitionBy.Text;
        if (table.Options.Count > 0) sql += $" WITH ({string.Join(", ", table.Options)})";
        _plan.Add(phase, sql + ";", $"create table {table.Name.Name}");
        foreach (var constraint in table.Constraints.Where(c => (c.Kind == ConstraintKind.ForeignKey || c.NotValid) && !c.Inherited))
            AddConstraint(table, constraint, existingTable: false);
        if (table.RowSecurity) _plan.Add(Phase.AlterTables, $"ALTER TABLE {table.Name.ToSql()} ENABLE ROW LEVEL SECURITY;", $"enable row level security on {table.Name.Name}");
        if (table.ForceRowSecurity) _plan.Add(Phase.AlterTables, $"ALTER TABLE {table.Name.ToSql()} FORCE ROW LEVEL SECURITY;", $"force row level security on {table.Name.Name}");
        if (table.ReplicaIdentity != "DEFAULT")
            _plan.Add(Phase.ReplicaIdentity, $"ALTER TABLE {table.Name.ToSql()} REPLICA IDENTITY {table.ReplicaIdentity};", $"set replica identity of {table.Name.Name}");
    }

    /// <summary>A partition's own NOT NULL or default on a column it inherits: <c>col WITH OPTIONS ...</c>.</summary>
    private static string PartitionColumnOptions(Column column)
    {
        var text = $"{SqlText.Name(column.Name)} WITH OPTIONS";
        if (column.Default != null) text += " DEFAULT " + column.Default.Text;
        if (column.NotNull) text += " NOT NULL";
        return text;
    }

    private bool InheritedColumnDiffers(Table partition, Column column)
    {
        var parentColumn = ParentColumn(_new, partition, column.Name);
        return parentColumn == null || parentColumn.NotNull != column.NotNull && column.NotNull || !Equals(parentColumn.Default, column.Default) && column.Default != null;
    }

    /// <summary>
    /// PostgreSQL cannot change a table's partition key or make a plain table partitioned in
    /// place: such a table (and the partitions under it) is dropped and created anew.
    /// </summary>
    private bool IsRecreated(QualifiedName name)
    {
        var old = _old.Tables.Find(name);
        var table = _new.Tables.Find(name);
        if (old == null || table == null) return false;
        if (!Equals(old.PartitionBy, table.PartitionBy)) return true;
        return table.PartitionOf is { } parent && old.PartitionOf == parent && IsRecreated(parent);
    }

    private void RecreateTable(Table old, Table table)
    {
        _rebuiltKeys.Add(table.Name);
        _plan.Add(Phase.DropRecreatedTables, $"DROP TABLE {IfExists}{old.Name.ToSql()} CASCADE;", $"re-create table {table.Name.Name}",
            Hazard(DiagnosticRules.DropTable, table.Name.ToString(), old.Location, old.Name.ToSql()));
        CreateTable(table);
    }

    private void PlanTableChanges(Table old, Table table)
    {
        var name = table.Name.ToSql();
        PlanPartitionMembership(old, table);
        PlanInheritance(old, table);
        PlanColumns(old, table);
        PlanConstraints(old, table);
        if (old.Persistence != table.Persistence)
            _plan.Add(Phase.AlterTables, $"ALTER TABLE {name} SET {(table.Persistence == 'u' ? "UNLOGGED" : "LOGGED")};",
                $"set {table.Name.Name} {(table.Persistence == 'u' ? "unlogged" : "logged")}",
                Hazard(DiagnosticRules.TableRewrite, table.Name.ToString(), table.Location, "Changing persistence", name));
        var removed = old.Options.Select(OptionName).Except(table.Options.Select(OptionName)).ToList();
        if (removed.Count > 0)
            _plan.Add(Phase.AlterTables, $"ALTER TABLE {name} RESET ({string.Join(", ", removed)});", $"reset storage parameters of {table.Name.Name}");
        var changed = table.Options.Except(old.Options).ToList();
        if (changed.Count > 0)
            _plan.Add(Phase.AlterTables, $"ALTER TABLE {name} SET ({string.Join(", ", changed)});", $"set storage parameters of {table.Name.Name}");
        if (old.ReplicaIdentity != table.ReplicaIdentity)
            _plan.Add(Phase.ReplicaIdentity, $"ALTER TABLE {name} REPLICA IDENTITY {table.ReplicaIdentity};", $"set replica identity of {table.Name.Name}");
        if (old.RowSecurity != table.RowSecurity)
            _plan.Add(Phase.AlterTables, $"ALTER TABLE {name} {(table.RowSecurity ? "ENABLE" : "DISABLE")} ROW LEVEL SECURITY;", $"{(table.RowSecurity ? "enable" : "disable")} row level security on {table.Name.Name}");
        if (old.ForceRowSecurity != table.ForceRowSecurity)
            _plan.Add(Phase.AlterTables, $"ALTER TABLE {name} {(table.ForceRowSecurity ? "" : "NO ")}FORCE ROW LEVEL SECURITY;", $"change forced row level security on {table.Name.Name}");
    }

    private static string OptionName(string option) => option.Split('=')[0];

    /// <summary>
    /// A partition whose parent or bound changes is detached and attached again: its rows stay,
    /// and ATTACH checks them against the new bound.
    /// </summary>
    private void PlanPartitionMembership(Table old, Table table)
    {
        if (old.PartitionOf == table.PartitionOf && Equals(old.PartitionBound, table.PartitionBound)) return;
        // Detached even from a parent that is re-created: dropping the parent would take it along.
        if (old.PartitionOf is { } oldParent)
            _plan.Add(Phase.DetachPartitions, Detach(oldParent, table.Name), $"detach partition {table.Name.Name}");
        if (table.PartitionOf is { } parent)
            _plan.Add(Phase.AttachPartitions,
                Guarded($"NOT {IsPartitionOf(parent, table.Name)}", $"ALTER TABLE {parent.ToSql()} ATTACH PARTITION {table.Name.ToSql()} {table.PartitionBound!.Text};"),
                $"attach partition {table.Name.Name}",
                Hazard(DiagnosticRules.ConstraintValidation, table.Name.ToString(), table.Location, $"partition {table.Name.Name} of {parent.Name}"));
    }

    /// <summary>
    /// A child whose parent list stays the same follows its parents: their column and CHECK
    /// changes reach it. One whose list changes leaves its old parents first (NO INHERIT keeps
    /// the columns and CHECKs as its own), is changed like a plain table, and joins the new
    /// parents last, when it has the columns and CHECKs INHERIT requires.
    /// </summary>
    private static bool FollowsParents(Table old, Table table) =>
        table.Inherits.Count > 0 && old.Inherits.SequenceEqual(table.Inherits);

    private void PlanInheritance(Table old, Table table)
    {
        if (old.Inherits.SequenceEqual(table.Inherits)) return;
        foreach (var parent in old.Inherits)
            _plan.Add(Phase.DetachPartitions, Guarded(IsPartitionOf(parent, table.Name), $"ALTER TABLE {table.Name.ToSql()} NO INHERIT {parent.ToSql()};"),
                $"stop {table.Name.Name} inheriting from {parent.Name}");
        foreach (var parent in table.Inherits)
            _plan.Add(Phase.InheritTables, Guarded($"NOT {IsPartitionOf(parent, table.Name)}", $"ALTER TABLE {table.Name.ToSql()} INHERIT {parent.ToSql()};"),
                $"make {table.Name.Name} inherit from {parent.Name}");
    }

    private string Detach(QualifiedName parent, QualifiedName partition) =>
        Guarded(IsPartitionOf(parent, partition), $"ALTER TABLE {parent.ToSql()} DETACH PARTITION {partition.ToSql()};");

    private static string IsPartitionOf(QualifiedName parent, QualifiedName partition) =>
        "EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass("
        + Identifiers.Literal(Identifiers.QuoteFullyQualified(partition.Schema, partition.Name)) + ") AND inhparent = to_regclass("
        + Identifiers.Literal(Identifiers.QuoteFullyQualified(parent.Schema, parent.Name)) + "))";

    /// <summary>
    /// Tables that reference others are dropped before what they reference; in a cycle of
    /// foreign keys, the keys into the table that goes first are dropped before it. A
    /// partitioned table is dropped with its partitions, so a key into or out of any of them
    /// counts as its own.
    /// </summary>
    private IEnumerable<Table> DropOrder(List<Table> tables)
    {
        var byName = tables.ToDictionary(t => t.Name);
        Table Root(Table t)
        {
            while (t.PartitionOf is { } parent && byName.TryGetValue(parent, out var p)) t = p;
            return t;
        }
        var remaining = tables.GroupBy(Root).Select(g => g.OrderBy(t => t == g.Key ? 0 : 1).ToList()).ToList();
        // An inheritance child is dropped before its parents, which PostgreSQL refuses to drop under it.
        bool References(List<Table> from, List<Table> to) =>
            from.Any(t => t.Constraints.Any(c => c.ReferencedTable is { } r && to.Any(o => o.Name == r))
                          || t.Inherits.Any(p => to.Any(o => o.Name == p)));
        var ordered = new List<Table>();
        while (remaining.Count > 0)
        {
            // A family no other remaining family references can go now.
            var next = remaining.FirstOrDefault(f => !remaining.Any(o => o != f && References(o, f)));
            if (next == null)
            {
                next = remaining[0];
                foreach (var other in remaining.Where(o => o != next).SelectMany(o => o))
                    foreach (var key in other.Constraints.Where(c => c.Kind == ConstraintKind.ForeignKey && c.ReferencedTable is { } r && next.Any(t => t.Name == r)).ToList())
                        DropConstraint(other, key, tableDropped: true);
            }
            ordered.AddRange(next);
            remaining.Remove(next);
        }
        return ordered;
    }
}
