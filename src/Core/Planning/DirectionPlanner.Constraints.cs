using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;
using SchemaGen.Core.Writing;

namespace SchemaGen.Core.Planning;

internal sealed partial class DirectionPlanner
{
    /// <summary>Tables whose primary key or unique constraints are dropped: foreign keys to them must be re-added.</summary>
    private readonly HashSet<QualifiedName> _rebuiltKeys = new();

    /// <summary>Unique keys (constraints or unique indexes) dropped on surviving tables, as table + sorted columns.</summary>
    private readonly HashSet<(QualifiedName Table, string Columns)> _droppedKeys = new();

    private static string KeyColumns(IEnumerable<string> columns) => string.Join(",", columns.OrderBy(c => c, StringComparer.Ordinal));

    /// <summary>Columns whose type changes: a foreign key over them would be re-checked mid-change and fail.</summary>
    private readonly HashSet<(QualifiedName Table, string Column)> _retypedColumns = new();

    // Keys are rendered SQL; each constraint and index is compared several times per direction,
    // so each is rendered once (the catalogs do not change while planning).
    private readonly Dictionary<Constraint, string> _constraintKeys = new();
    private readonly Dictionary<Model.Index, string> _indexKeys = new();

    private string ConstraintKey(Constraint constraint)
    {
        if (!_constraintKeys.TryGetValue(constraint, out var key))
            _constraintKeys[constraint] = key = SqlText.ConstraintDefinition(constraint, normalized: true);
        return key;
    }

    private string IndexKey(Model.Index index)
    {
        if (!_indexKeys.TryGetValue(index, out var key)) _indexKeys[index] = key = SqlText.IndexKey(index);
        return key;
    }

    private void PlanConstraints(Table old, Table table)
    {
        // A following inheritance child's inherited CHECKs change through its parents.
        var follows = FollowsParents(old, table);
        foreach (var oldConstraint in old.Constraints)
        {
            if (follows && oldConstraint.Inherited) continue;
            var constraint = table.FindConstraint(oldConstraint.Name);
            if (constraint != null && ConstraintKey(constraint) == ConstraintKey(oldConstraint) && !TouchesRecreatedColumn(old, constraint)
                && !CallsRecreatedFunction(oldConstraint.Check))
                continue;
            DropConstraint(table, oldConstraint);
        }
        foreach (var constraint in table.Constraints)
        {
            if (follows && constraint.Inherited) continue;
            var oldConstraint = old.FindConstraint(constraint.Name);
            if (oldConstraint != null && ConstraintKey(constraint) == ConstraintKey(oldConstraint) && !TouchesRecreatedColumn(old, constraint)
                && !CallsRecreatedFunction(oldConstraint.Check))
                continue;
            AddConstraint(table, constraint, existingTable: true);
        }
    }

    private bool TouchesRecreatedColumn(Table old, Constraint constraint) =>
        constraint.Columns.Any(c => ColumnIsRecreated(old, c))
        || constraint.Check != null && old.Columns.Any(c => ColumnIsRecreated(old, c.Name) && Mentions(constraint.Check, c.Name));

    private static bool Mentions(Expression expression, string column) =>
        expression.Normalized.Split(' ').Contains(Identifiers.Quote(column));

    // tableDropped: the table goes too, so a second run of UP finds it gone.
    private void DropConstraint(Table table, Constraint constraint, bool tableDropped = false)
    {
        var phase = constraint.Kind == ConstraintKind.ForeignKey ? Phase.DropForeignKeys : Phase.DropConstraints;
        if (constraint.Kind is ConstraintKind.PrimaryKey or ConstraintKind.Unique) _droppedKeys.Add((table.Name, KeyColumns(constraint.Columns)));
        _plan.Add(phase, $"ALTER TABLE {(tableDropped ? IfExists : "")}{table.Name.ToSql()} DROP CONSTRAINT {IfExists}{SqlText.Name(constraint.Name)};",
            $"drop constraint {constraint.Name} on {table.Name.Name}");
    }

    private void AddConstraint(Table table, Constraint constraint, bool existingTable)
    {
        var phase = constraint.Kind == ConstraintKind.ForeignKey ? Phase.AddForeignKeys : Phase.AddConstraints;
        var statement = $"ALTER TABLE {table.Name.ToSql()} ADD CONSTRAINT {SqlText.Name(constraint.Name)} {SqlText.ConstraintDefinition(constraint)};";
        var regclass = Identifiers.Literal(Identifiers.QuoteFullyQualified(table.Name.Schema, table.Name.Name));
        var sql = Guarded($"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = {regclass}::regclass AND conname = {Identifiers.Literal(constraint.Name)})", statement);
        var hazards = existingTable && !constraint.NotValid
            ? new[] { Hazard(DiagnosticRules.ConstraintValidation, $"{table.Name}.{constraint.Name}", constraint.Location, $"constraint {constraint.Name}") }
            : Array.Empty<Hazard>();
        _plan.Add(phase, sql, $"add constraint {constraint.Name} on {table.Name.Name}", hazards);
    }

    /// <summary>
    /// A foreign key depends on the unique index it references: when that key is dropped and
    /// re-added, unchanged foreign keys that reference the table are dropped before and re-added after.
    /// </summary>
    private void PlanForeignKeysToRebuild()
    {
        if (_rebuiltKeys.Count == 0 && _droppedKeys.Count == 0 && _retypedColumns.Count == 0) return;
        foreach (var old in _old.Tables.Values)
        {
            var table = _new.Tables.Find(old.Name);
            foreach (var oldConstraint in old.Constraints)
            {
                if (oldConstraint.Kind != ConstraintKind.ForeignKey) continue;
                var referenced = oldConstraint.ReferencedTable!.Value;
                var retyped = oldConstraint.Columns.Any(c => _retypedColumns.Contains((old.Name, c)))
                              || oldConstraint.ReferencedColumns.Any(c => _retypedColumns.Contains((referenced, c)));
                // A foreign key depends on the unique index over exactly its referenced columns.
                var keyDropped = _droppedKeys.Contains((referenced, KeyColumns(oldConstraint.ReferencedColumns)));
                if (!_rebuiltKeys.Contains(referenced) && !keyDropped && !retyped) continue;
                if (table == null)
                {
                    // Its table is dropped at the end, but the key it needs goes first.
                    DropConstraint(old, oldConstraint);
                    continue;
                }
                // A re-created table gets its foreign keys when it is created.
                if (IsRecreated(table.Name)) continue;
                var constraint = table.FindConstraint(oldConstraint.Name);
                if (constraint == null || ConstraintKey(oldConstraint) != ConstraintKey(constraint)) continue;
                DropConstraint(table, oldConstraint);
                AddConstraint(table, constraint, existingTable: false);
            }
        }
    }

    private void PlanIndexes()
    {
        foreach (var old in _old.Indexes.Values)
        {
            if (_old.Views.ContainsKey(old.Table)) continue;
            var index = _new.Indexes.Find(old.Name);
            if (index != null && IndexKey(index) == IndexKey(old) && !IndexTouchesRecreatedColumn(old) && !IsRecreated(old.Table) && !IndexCallsRecreatedFunction(old)) continue;
            if (!_new.Tables.ContainsKey(old.Table) || IsRecreated(old.Table)) continue;
            if (old.Unique && old.Where == null && old.Elements.All(e => e.Column != null))
                _droppedKeys.Add((old.Table, KeyColumns(old.Elements.Select(e => e.Column!))));
            _plan.Add(Phase.DropIndexes, $"DROP INDEX {IfExists}{old.Name.ToSql()};", $"drop index {old.Name.Name}",
                Hazard(DiagnosticRules.IndexDropWithoutConcurrently, old.Name.ToString(), old.Location, old.Name.ToSql(), old.Table.ToSql()));
        }
        foreach (var index in _new.Indexes.Values)
        {
            if (_new.Views.ContainsKey(index.Table)) continue;
            var old = _old.Indexes.Find(index.Name) is { } o && !_old.Views.ContainsKey(o.Table) ? o : null;
            if (old != null && IndexKey(index) == IndexKey(old) && !IndexTouchesRecreatedColumn(old) && !IsRecreated(index.Table) && !IndexCallsRecreatedFunction(old)) continue;
            var sql = $"CREATE {(index.Unique ? "UNIQUE " : "")}INDEX {IfNotExists}{SqlText.Name(index.Name.Name)} {SqlText.IndexBody(index)};";
            var hazards = new List<Hazard>();
            if (_old.Tables.ContainsKey(index.Table) && !IsRecreated(index.Table))
            {
                hazards.Add(Hazard(DiagnosticRules.IndexWithoutConcurrently, index.Name.ToString(), index.Location, index.Name.ToSql(), index.Table.ToSql()));
                // A unique index over existing rows fails on the first duplicate, as a UNIQUE constraint does.
                if (index.Unique) hazards.Add(Hazard(DiagnosticRules.ConstraintValidation, index.Name.ToString(), index.Location, $"unique index {index.Name.Name}"));
            }
            _plan.Add(Phase.CreateIndexes, sql, $"create index {index.Name.Name}", hazards.ToArray());
        }
    }

    private bool IndexCallsRecreatedFunction(Model.Index index) =>
        index.Elements.Any(e => CallsRecreatedFunction(e.Expression)) || CallsRecreatedFunction(index.Where);

    private bool IndexTouchesRecreatedColumn(Model.Index index)
    {
        var table = _old.Tables.Find(index.Table);
        // Only generated columns are re-created; most tables have none, so skip the per-column walk.
        if (table == null || _new.Tables.Find(index.Table) is not { } target || !target.Columns.Any(c => c.Generated != null)) return false;
        return table.Columns.Any(c => ColumnIsRecreated(table, c.Name)
            && (index.Elements.Any(e => e.Column == c.Name || e.Expression != null && Mentions(e.Expression, c.Name))
                || index.Include.Contains(c.Name) || index.Where != null && Mentions(index.Where, c.Name)));
    }
}
