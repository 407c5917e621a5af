using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Writing;

namespace SchemaGen.Core.Planning;

internal sealed partial class DirectionPlanner
{
    /// <summary>Old views that are dropped and created again (they lose their comments and indexes).</summary>
    private readonly HashSet<QualifiedName> _rebuiltViews = new();

    /// <summary>Views missing until the CreateViews phase creates them (new or dropped first; not those replaced in place).</summary>
    private readonly HashSet<QualifiedName> _createdViews = new();

    /// <summary>Views this migration drops in the DropViews phase (to be re-created or gone).</summary>
    private readonly HashSet<QualifiedName> _droppedViews = new();

    private static string ViewKey(View view) =>
        string.Join("\n", view.Materialized, view.Recursive, string.Join(",", view.ColumnNames), view.Method, view.WithNoData, view.Query.Normalized);

    private void PlanViews()
    {
        var dropped = new HashSet<QualifiedName>(_old.Views.Values
            .Where(v => _new.Views.Find(v.Name) is not { } n || n.Materialized != v.Materialized).Select(v => v.Name));
        var replaced = new HashSet<QualifiedName>();
        foreach (var view in _new.Views.Values)
        {
            if (_old.Views.Find(view.Name) is not { } old || dropped.Contains(old.Name)) continue;
            // A routine dropped and created again takes the views that call it with it.
            if (ReadsChangedColumn(old) || CallsRecreatedFunction(old.Query) || CallsDroppedFunction(old.Query)) _rebuiltViews.Add(old.Name);
            else if (ViewKey(old) != ViewKey(view))
            {
                if (CanReplace(old, view)) replaced.Add(old.Name);
                else _rebuiltViews.Add(old.Name);
            }
        }
        // A view that reads a dropped or rebuilt view must go first, and come back after it.
        bool changed;
        do
        {
            changed = false;
            foreach (var old in _old.Views.Values)
            {
                if (dropped.Contains(old.Name) || _rebuiltViews.Contains(old.Name)) continue;
                if (!old.Relations.Any(r => dropped.Contains(r) || _rebuiltViews.Contains(r))) continue;
                _rebuiltViews.Add(old.Name);
                replaced.Remove(old.Name);
                changed = true;
            }
        }
        while (changed);

        var toDrop = _old.Views.Values.Where(v => dropped.Contains(v.Name) || _rebuiltViews.Contains(v.Name)).ToList();
        // A second run of the migration finds the new views in place: those reading a view that
        // is dropped here must be dropped first too (they are created again below anyway).
        var dropNames = new HashSet<QualifiedName>(toDrop.Select(v => v.Name));
        do
        {
            changed = false;
            foreach (var view in _new.Views.Values)
            {
                if (dropNames.Contains(view.Name) || !view.Relations.Any(dropNames.Contains) && !ReadsChangedColumn(view)) continue;
                var old = _old.Views.Find(view.Name);
                if (old != null && old.Materialized == view.Materialized)
                {
                    _rebuiltViews.Add(old.Name);
                    replaced.Remove(old.Name);
                    toDrop.Add(old);
                }
                else if (Idempotent) toDrop.Add(view);
                else continue;
                dropNames.Add(view.Name);
                changed = true;
            }
        }
        while (changed);
        foreach (var view in Ordered(toDrop, dependentsFirst: true))
        {
            // A view that is re-created keeps its name for the code that reads it.
            var hazards = _new.Views.ContainsKey(view.Name) || _new.Tables.ContainsKey(view.Name)
                ? Array.Empty<Hazard>()
                : new[] { Hazard(Diagnostics.DiagnosticRules.ViewDropped, view.Name.ToString(), view.Location, ViewKind(view).ToLowerInvariant(), view.Name.ToSql()) };
            _plan.Add(new PlannedStatement(Phase.DropViews, DropRelationSql(ViewKind(view), view.Name), $"drop {ViewKind(view).ToLowerInvariant()} {view.Name.Name}",
                hazards) { Object = DependencyKeys.Relation(view.Name), Before = view.Relations.Select(DependencyKeys.Relation).ToList() });
        }
        _droppedViews.UnionWith(toDrop.Select(v => v.Name));

        var toCreate = _new.Views.Values
            .Where(v => !_old.Views.ContainsKey(v.Name) || dropped.Contains(v.Name) || _rebuiltViews.Contains(v.Name) || replaced.Contains(v.Name)).ToList();
        _createdViews.UnionWith(toCreate.Where(v => !_old.Views.ContainsKey(v.Name) || dropNames.Contains(v.Name)).Select(v => v.Name));
        foreach (var view in Ordered(toCreate, dependentsFirst: false))
            _plan.Add(new PlannedStatement(Phase.CreateViews, CreateViewSql(view, replace: replaced.Contains(view.Name)),
                $"{(replaced.Contains(view.Name) ? "replace" : "create")} {ViewKind(view).ToLowerInvariant()} {view.Name.Name}", Array.Empty<Hazard>())
            {
                Object = DependencyKeys.Relation(view.Name),
                After = view.Relations.Select(DependencyKeys.Relation).Concat(CalledRoutines(view.Query.Normalized, _new)).ToList(),
            });

        foreach (var view in _new.Views.Values)
        {
            if (toCreate.Contains(view) || _old.Views.Find(view.Name) is not { } old) continue;
            PlanViewOptions(old, view);
        }
        PlanViewIndexes();
    }

    /// <summary>
    /// DROP of a table or view. When the name is another kind of relation in the target, a re-run
    /// would find that relation (DROP VIEW IF EXISTS fails on a table), so the drop is guarded by kind.
    /// </summary>
    private string DropRelationSql(string kind, QualifiedName name)
    {
        var statement = $"DROP {kind} {IfExists}{name.ToSql()};";
        var newKind = _new.Tables.ContainsKey(name) ? "TABLE" : _new.Views.Find(name) is { } v ? ViewKind(v) : null;
        if (newKind == null || newKind == kind) return statement;
        var relkinds = kind switch { "TABLE" => "'r', 'p'", "VIEW" => "'v'", _ => "'m'" };
        var regclass = Identifiers.Literal(Identifiers.QuoteFullyQualified(name.Schema, name.Name));
        return Guarded($"EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass({regclass}) AND relkind IN ({relkinds}))", statement);
    }

    private static string ViewKind(View view) => view.Materialized ? "MATERIALIZED VIEW" : "VIEW";

    /// <summary>
    /// Whether PostgreSQL accepts CREATE OR REPLACE VIEW: the new select list starts with the old
    /// one item for item (so names, order and types stay), reading at least the same relations.
    /// </summary>
    private static bool CanReplace(View old, View view)
    {
        if (old.Materialized || view.Materialized || old.Recursive != view.Recursive) return false;
        // Another operand of a set operation can change a column's resolved type.
        if (HasSetOperation(old) || HasSetOperation(view)) return false;
        if (old.SelectItems is null || view.SelectItems is null || old.SelectItems.Count > view.SelectItems.Count) return false;
        if (old.ColumnNames.Count > view.ColumnNames.Count || view.ColumnNames.Count > 0 && old.ColumnNames.Count < old.SelectItems.Count) return false;
        for (var i = 0; i < old.ColumnNames.Count; i++)
            if (old.ColumnNames[i] != view.ColumnNames[i]) return false;
        for (var i = 0; i < old.SelectItems.Count; i++)
            if (old.SelectItems[i] != view.SelectItems[i]) return false;
        return old.Relations.IsSubsetOf(view.Relations);
    }

    private static bool HasSetOperation(View view) =>
        view.Query.Normalized.Split(' ').Any(w => w is "union" or "intersect" or "except" or "\"union\"" or "\"intersect\"" or "\"except\"");

    /// <summary>
    /// PostgreSQL refuses to retype or drop a column a view reads, or to rebuild a type it uses:
    /// such views are rebuilt around the change.
    /// </summary>
    private bool ReadsChangedColumn(View old)
    {
        foreach (var (tableName, columnName) in old.Columns)
        {
            var oldTable = _old.Tables.Find(tableName);
            var oldColumn = oldTable?.FindColumn(columnName);
            var newColumn = _new.Tables.Find(tableName)?.FindColumn(columnName);
            if (oldColumn == null) continue;
            if (newColumn == null || oldColumn.Type.Sql != newColumn.Type.Sql || oldColumn.Collation != newColumn.Collation
                || ColumnIsRecreated(oldTable!, columnName)
                || oldColumn.Type.UserType is { } userType && _rebuiltTypes.Contains(userType))
                return true;
        }
        // A dropped table, or one re-created because its partitioning changed, takes its views with it.
        return old.Relations.Any(r => _old.Tables.ContainsKey(r) && (!_new.Tables.ContainsKey(r) || IsRecreated(r)));
    }

    /// <summary>Dependencies first (for creating), or dependents first (for dropping).</summary>
    private static List<View> Ordered(List<View> views, bool dependentsFirst)
    {
        var remaining = new List<View>(views);
        var ordered = new List<View>();
        while (remaining.Count > 0)
        {
            var next = dependentsFirst
                ? remaining.FirstOrDefault(v => !remaining.Any(o => o != v && o.Relations.Contains(v.Name)))
                : remaining.FirstOrDefault(v => !remaining.Any(o => o != v && v.Relations.Contains(o.Name)));
            next ??= remaining[0];
            ordered.Add(next);
            remaining.Remove(next);
        }
        return ordered;
    }

    private string CreateViewSql(View view, bool replace)
    {
        var columns = view.ColumnNames.Count > 0 ? $" ({SqlText.Names(view.ColumnNames)})" : "";
        var options = view.Options.Count > 0 ? $" WITH ({string.Join(", ", view.Options)})" : "";
        if (view.Materialized)
        {
            var method = view.Method != null ? " USING " + SqlText.Name(view.Method) : "";
            return $"CREATE MATERIALIZED VIEW {IfNotExists}{view.Name.ToSql()}{columns}{method}{options} AS\n{view.Query.Text}"
                   + (view.WithNoData ? "\nWITH NO DATA;" : ";");
        }
        // OR REPLACE keeps a re-run harmless: the second time the definition is the same.
        var orReplace = replace || Idempotent ? "OR REPLACE " : "";
        var recursive = view.Recursive ? "RECURSIVE " : "";
        return $"CREATE {orReplace}{recursive}VIEW {view.Name.ToSql()}{columns}{options} AS\n{view.Query.Text};";
    }

    private void PlanViewOptions(View old, View view)
    {
        var prefix = $"ALTER {ViewKind(view)} {view.Name.ToSql()}";
        var removed = old.Options.Select(OptionName).Except(view.Options.Select(OptionName)).ToList();
        if (removed.Count > 0) _plan.Add(Phase.CreateViews, $"{prefix} RESET ({string.Join(", ", removed)});", $"reset options of {view.Name.Name}");
        var set = view.Options.Except(old.Options).ToList();
        if (set.Count > 0) _plan.Add(Phase.CreateViews, $"{prefix} SET ({string.Join(", ", set)});", $"set options of {view.Name.Name}");
    }

    /// <summary>Indexes of materialized views: they go with their view, and come back when it is rebuilt.</summary>
    private void PlanViewIndexes()
    {
        bool Kept(QualifiedName view) => _old.Views.ContainsKey(view) && _new.Views.ContainsKey(view) && !_rebuiltViews.Contains(view)
                                         && _old.Views.Find(view)!.Materialized == _new.Views.Find(view)!.Materialized;
        foreach (var old in _old.Indexes.Values.Where(i => _old.Views.ContainsKey(i.Table)))
        {
            if (!Kept(old.Table)) continue;
            if (_new.Indexes.Find(old.Name) is { } index && index.Table == old.Table && SqlText.IndexKey(index) == SqlText.IndexKey(old)) continue;
            _plan.Add(Phase.DropViews, $"DROP INDEX {IfExists}{old.Name.ToSql()};", $"drop index {old.Name.Name}");
        }
        foreach (var index in _new.Indexes.Values.Where(i => _new.Views.ContainsKey(i.Table)))
        {
            if (Kept(index.Table) && _old.Indexes.Find(index.Name) is { } old && old.Table == index.Table
                && SqlText.IndexKey(index) == SqlText.IndexKey(old)) continue;
            var sql = $"CREATE {(index.Unique ? "UNIQUE " : "")}INDEX {IfNotExists}{SqlText.Name(index.Name.Name)} {SqlText.IndexBody(index)};";
            _plan.Add(Phase.CreateViewIndexes, sql, $"create index {index.Name.Name}");
        }
    }

    private bool ViewSurvives(QualifiedName name) => _old.Views.ContainsKey(name) && !_rebuiltViews.Contains(name)
                                                     && _new.Views.Find(name)?.Materialized == _old.Views.Find(name)!.Materialized;
}
