using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;
using SchemaGen.Core.Syntax;
using SchemaGen.Core.Writing;

namespace SchemaGen.Core.Planning;

internal sealed partial class DirectionPlanner
{
    private void PlanTables()
    {
        foreach (var table in _new.Tables.Values)
        {
            if (_old.Tables.TryGetValue(table.Name, out var old)) PlanTableChanges(old, table);
            else CreateTable(table);
        }
        foreach (var table in DropOrder(_old.Tables.Values.Where(t => !_new.Tables.ContainsKey(t.Name)).ToList()))
        {
            var sql = $"DROP TABLE {IfExists}{table.Name.ToSql()};";
            var phase = Phase.DropTables;
            if (_new.Views.ContainsKey(table.Name)) (phase, sql) = (Phase.DropTablesReplacedByViews, DropRelationSql("TABLE", table.Name));
            _plan.Add(phase, sql, $"drop table {table.Name.Name}",
                Hazard(DiagnosticRules.DropTable, table.Name.ToString(), table.Location, table.Name.ToSql()));
        }
        PlanForeignKeysToRebuild();
    }

    private void CreateTable(Table table)
    {
        var lines = table.Columns.Select(c => SqlText.ColumnDefinition(c)).ToList();
        foreach (var constraint in table.Constraints.Where(c => c.Kind != ConstraintKind.ForeignKey))
            lines.Add($"CONSTRAINT {SqlText.Name(constraint.Name)} {SqlText.ConstraintDefinition(constraint)}");
        var persistence = table.Persistence == 'u' ? "UNLOGGED " : "";
        var sql = $"CREATE {persistence}TABLE {IfNotExists}{table.Name.ToSql()} (\n    {string.Join(",\n    ", lines)}\n)";
        if (table.Options.Count > 0) sql += $" WITH ({string.Join(", ", table.Options)})";
        _plan.Add(Phase.CreateTables, sql + ";", $"create table {table.Name.Name}");
        foreach (var constraint in table.Constraints.Where(c => c.Kind == ConstraintKind.ForeignKey))
            AddConstraint(table, constraint, existingTable: false);
        if (table.RowSecurity) _plan.Add(Phase.AlterTables, $"ALTER TABLE {table.Name.ToSql()} ENABLE ROW LEVEL SECURITY;", $"enable row level security on {table.Name.Name}");
        if (table.ForceRowSecurity) _plan.Add(Phase.AlterTables, $"ALTER TABLE {table.Name.ToSql()} FORCE ROW LEVEL SECURITY;", $"force row level security on {table.Name.Name}");
    }

    private void PlanTableChanges(Table old, Table table)
    {
        var name = table.Name.ToSql();
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
        if (old.RowSecurity != table.RowSecurity)
            _plan.Add(Phase.AlterTables, $"ALTER TABLE {name} {(table.RowSecurity ? "ENABLE" : "DISABLE")} ROW LEVEL SECURITY;", $"{(table.RowSecurity ? "enable" : "disable")} row level security on {table.Name.Name}");
        if (old.ForceRowSecurity != table.ForceRowSecurity)
            _plan.Add(Phase.AlterTables, $"ALTER TABLE {name} {(table.ForceRowSecurity ? "" : "NO ")}FORCE ROW LEVEL SECURITY;", $"change forced row level security on {table.Name.Name}");
    }

    private static string OptionName(string option) => option.Split('=')[0];

    /// <summary>Tables that reference others are dropped before what they reference.</summary>
    private static IEnumerable<Table> DropOrder(List<Table> tables)
    {
        var remaining = new List<Table>(tables);
        var ordered = new List<Table>();
        while (remaining.Count > 0)
        {
            // A table no remaining table references can go now.
            var next = remaining.FirstOrDefault(t => !remaining.Any(o => o != t && o.Constraints.Any(c => c.ReferencedTable == t.Name)))
                       ?? remaining[0];
            ordered.Add(next);
            remaining.Remove(next);
        }
        return ordered;
    }
}
