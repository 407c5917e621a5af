using System.Text;
using System.Text.RegularExpressions;
using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Planning;

internal sealed partial class DirectionPlanner
{
    private HashSet<FunctionKey>? _recreatedFunctions;

    /// <summary>
    /// Routines dropped and created again (their comments and dependent triggers go too): those
    /// CREATE OR REPLACE cannot change, and SQL-standard bodies that call one of them (PostgreSQL
    /// records that dependency and refuses the drop).
    /// </summary>
    private HashSet<FunctionKey> RecreatedFunctions => _recreatedFunctions ??= FindRecreatedFunctions();

    private HashSet<FunctionKey> FindRecreatedFunctions()
    {
        var recreated = new HashSet<FunctionKey>();
        foreach (var old in _old.Functions.Values)
            if (_new.Functions.Find(old.Key) is { } function && NeedsRecreate(old, function)) recreated.Add(old.Key);
        var changed = recreated.Count > 0;
        while (changed)
        {
            changed = false;
            foreach (var old in _old.Functions.Values)
            {
                if (recreated.Contains(old.Key) || !old.SqlStandardBody || !_new.Functions.ContainsKey(old.Key)) continue;
                if (!recreated.Any(r => CallsFunction(old.BodySql, r.Name.Name, ignoreCase: true))) continue;
                recreated.Add(old.Key);
                changed = true;
            }
        }
        return recreated;
    }

    /// <summary>Whether <paramref name="text"/> calls a function of that name (any schema or overload: an extra rebuild is harmless).</summary>
    private static bool CallsFunction(string text, string name, bool ignoreCase) =>
        text.IndexOf(name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) >= 0 && Regex.IsMatch(text, @"(?<![\w$])""?" + Regex.Escape(name) + @"""?\s*\(",
            ignoreCase ? RegexOptions.IgnoreCase | RegexOptions.CultureInvariant : RegexOptions.CultureInvariant);

    /// <summary>Whether a normalised expression calls a routine that is re-created (so what holds it must be rebuilt around it).</summary>
    private bool CallsRecreatedFunction(Expression? expression) =>
        expression is not null && RecreatedFunctions.Any(r => CallsFunction(expression.Normalized, r.Name.Name, ignoreCase: false));

    /// <summary>
    /// Whether a normalised expression calls a name one of whose overloads this migration drops
    /// (a view bound to that overload blocks the drop, even when its text still resolves after it).
    /// </summary>
    private bool CallsDroppedFunction(Expression expression) =>
        _old.Functions.Keys.Where(k => !_new.Functions.ContainsKey(k)).Select(k => k.Name.Name).Distinct()
            .Any(name => CallsFunction(expression.Normalized, name, ignoreCase: false));

    /// <summary>Column defaults that call a re-created routine are dropped before it and set again after.</summary>
    private void PlanDefaultsCallingRecreatedFunctions()
    {
        if (RecreatedFunctions.Count == 0) return;
        foreach (var old in _old.Tables.Values)
        {
            if (_new.Tables.Find(old.Name) is not { } table) continue;
            foreach (var column in old.Columns)
            {
                if (!CallsRecreatedFunction(column.Default) || table.FindColumn(column.Name) is not { } target) continue;
                var alter = $"ALTER TABLE {table.Name.ToSql()} ALTER COLUMN {Identifiers.Quote(column.Name)}";
                _plan.Add(Phase.DropChangedFunctions, $"{alter} DROP DEFAULT;", $"drop default of {table.Name.Name}.{column.Name} around a re-created function");
                if (target.Default is not null && target.Default.Normalized == column.Default!.Normalized)
                    _plan.Add(Phase.AlterColumns, $"{alter} SET DEFAULT {target.Default.Text};", $"set default of {table.Name.Name}.{column.Name} again");
            }
        }
    }
    private readonly HashSet<TableMemberKey> _recreatedTriggers = new();
    private readonly HashSet<TableMemberKey> _recreatedPolicies = new();

    private void PlanRoutines()
    {
        PlanFunctions();
        PlanTriggers();
        PlanPolicies();
    }

    private void PlanFunctions()
    {
        foreach (var function in _new.Functions.Values)
        {
            var old = _old.Functions.Find(function.Key);
            var droppedViews = old is null || RecreatedFunctions.Contains(old.Key) ? new List<QualifiedName>() : RecordedViewDependencies(old);
            if (droppedViews.Count > 0)
            {
                // PostgreSQL refuses to drop a view such a routine depends on: it goes first and comes back after.
                _functionsDroppedWithViews.Add(old!.Key);
                _plan.Add(new PlannedStatement(Phase.DropViews, $"DROP {Kind(old).ToUpperInvariant()} {IfExists}{old.Key.ToSql()};",
                    $"drop {Kind(old)} {old.Key} to rebuild a view it depends on", Array.Empty<Hazard>())
                {
                    Object = DependencyKeys.Routine(old.Key.Name),
                    Before = droppedViews.Select(DependencyKeys.Relation).ToList(),
                });
            }
            else if (old is not null && FunctionCompareKey(old) == FunctionCompareKey(function) && !RecreatedFunctions.Contains(function.Key)) continue;
            var change = $"{(old is null || droppedViews.Count > 0 ? "create" : "replace")} {Kind(function)} {function.Key}";
            if (ViewFunctions.Contains(function.Key.Name))
            {
                // Ordered among the views by the dependency graph of the phase.
                _plan.Add(new PlannedStatement(Phase.CreateViews, FunctionSql(function), change, Array.Empty<Hazard>())
                {
                    Object = DependencyKeys.Routine(function.Key.Name),
                    After = ReadViews(function, _createdViews).Select(DependencyKeys.Relation)
                        .Concat(function.Language == "sql" ? CalledRoutines(function.BodySql, _new) : Array.Empty<string>()).ToList(),
                });
                continue;
            }
            // A SQL body is checked when created: the routines it calls come first, whatever the file order.
            _plan.Add(new PlannedStatement(IsLateFunction(function, creating: true) ? Phase.CreateLateFunctions : Phase.CreateFunctions,
                FunctionSql(function), change, Array.Empty<Hazard>())
            {
                Object = DependencyKeys.Routine(function.Key.Name),
                After = function.Language == "sql" ? CalledRoutines(function.BodySql, _new).ToList() : Array.Empty<string>(),
            });
        }
        PlanDefaultsCallingRecreatedFunctions();
        // Dependents first: reverse file order.
        foreach (var old in _old.Functions.Values.Reverse().Where(f => RecreatedFunctions.Contains(f.Key)))
        {
            var function = _new.Functions.Find(old.Key)!;
            if (NeedsRecreate(old, function))
            {
                var drop = $"DROP {Kind(old).ToUpperInvariant()} {old.Key.ToSql()};";
                _plan.Add(Phase.DropChangedFunctions, Guarded(DiffersCondition(function), drop), $"drop {Kind(old)} {old.Key} to change its result or parameters");
            }
            else
            {
                // Unchanged itself: a re-run finds it again and may drop it again, which is harmless.
                _plan.Add(Phase.DropChangedFunctions, $"DROP {Kind(old).ToUpperInvariant()} {IfExists}{old.Key.ToSql()};",
                    $"drop {Kind(old)} {old.Key} because a routine it calls is re-created");
            }
        }
        // Reverse file order: a routine whose SQL body calls another one is dropped before it.
        foreach (var old in _old.Functions.Values.Reverse().Where(f => !_new.Functions.ContainsKey(f.Key)))
        {
            var views = RecordedViewDependencies(old);
            if (views.Count > 0)
            {
                _plan.Add(new PlannedStatement(Phase.DropViews, $"DROP {Kind(old).ToUpperInvariant()} {IfExists}{old.Key.ToSql()};", $"drop {Kind(old)} {old.Key}",
                    new[] { Hazard(Diagnostics.DiagnosticRules.RoutineDropped, old.Key.ToString(), old.Location, Kind(old), old.Key.ToSql()) }) { Object = DependencyKeys.Routine(old.Key.Name), Before = views.Select(DependencyKeys.Relation).ToList() });
                continue;
            }
            var phase = IsLateFunction(old, creating: false) ? Phase.DropLateFunctions : Phase.DropFunctions;
            // An overload replaced by another of the same name goes before the new one is created:
            // while both exist, a call that fits either (a new defaulted parameter) is ambiguous.
            if (phase == Phase.DropFunctions && _new.Functions.Keys.Any(k => k.Name == old.Key.Name)) phase = Phase.DropChangedFunctions;
            _plan.Add(phase, $"DROP {Kind(old).ToUpperInvariant()} {IfExists}{old.Key.ToSql()};", $"drop {Kind(old)} {old.Key}",
                Hazard(Diagnostics.DiagnosticRules.RoutineDropped, old.Key.ToString(), old.Location, Kind(old), old.Key.ToSql()));
        }
    }

    /// <summary>Kept routines dropped and created again around a view they depend on (they lose their comments).</summary>
    private readonly HashSet<FunctionKey> _functionsDroppedWithViews = new();

    /// <summary>
    /// Views this migration drops that PostgreSQL records <paramref name="old"/> as depending on:
    /// those its SQL-standard body reads and those whose row type its signature names.
    /// </summary>
    private List<QualifiedName> RecordedViewDependencies(Function old) =>
        _droppedViews.Count == 0 ? new List<QualifiedName>() : ReadViews(old, _droppedViews).Where(v => old.SqlStandardBody || old.UsedTypes.Contains(v)).ToList();

    private HashSet<QualifiedName>? _viewFunctions;

    /// <summary>
    /// Routines created in the views phase: those whose SQL body (checked by PostgreSQL when it is
    /// created) or signature reads a view this migration creates, and SQL routines calling them.
    /// Computed after the views are planned.
    /// </summary>
    private HashSet<QualifiedName> ViewFunctions => _viewFunctions ??= FindViewFunctions();

    private HashSet<QualifiedName> FindViewFunctions()
    {
        var found = new HashSet<QualifiedName>();
        if (_createdViews.Count == 0) return found;
        bool changed;
        do
        {
            changed = false;
            foreach (var function in _new.Functions.Values)
            {
                if (found.Contains(function.Key.Name)) continue;
                if (ReadViews(function, _createdViews).Count == 0
                    && !(function.Language == "sql" && found.Any(f => CallsFunction(function.BodySql, f.Name, ignoreCase: true)))) continue;
                found.Add(function.Key.Name);
                changed = true;
            }
        }
        while (changed);
        return found;
    }

    /// <summary>Views among <paramref name="views"/> that a routine's signature names, or (SQL routines) its body reads.</summary>
    private static List<QualifiedName> ReadViews(Function function, HashSet<QualifiedName> views) =>
        views.Where(v => function.UsedTypes.Contains(v) || function.Language == "sql" && Names(function.BodySql, v.Name)).ToList();

    /// <summary>Dependency keys of the routines of <paramref name="catalog"/> that <paramref name="text"/> calls.</summary>
    private static IEnumerable<string> CalledRoutines(string text, Catalog catalog) =>
        catalog.Functions.Keys.Select(k => k.Name).Distinct()
            .Where(n => CallsFunction(text, n.Name, ignoreCase: true))
            .Select(DependencyKeys.Routine);

    private static string Kind(Function function) => function.Procedure ? "procedure" : "function";

    /// <summary>
    /// CREATE OR REPLACE cannot change the kind, the result type, parameter names or modes, or
    /// remove a parameter default; those need DROP + CREATE.
    /// </summary>
    private static bool NeedsRecreate(Function old, Function function)
    {
        if (old.Procedure != function.Procedure || old.Returns != function.Returns) return true;
        if (old.Args.Count != function.Args.Count) return true;
        for (var i = 0; i < old.Args.Count; i++)
        {
            var (a, b) = (old.Args[i], function.Args[i]);
            if (a.Mode != b.Mode || a.Name != b.Name || a.Type != b.Type) return true;
            if (a.Default is not null && b.Default is null) return true;
        }
        return false;
    }

    /// <summary>True when the routine in the database is not yet the target one (so a re-run does not drop it again).</summary>
    private static string DiffersCondition(Function function)
    {
        var signature = Identifiers.Literal(Identifiers.QuoteFullyQualified(function.Key.Name.Schema, function.Key.Name.Name) + function.Key.ArgTypes);
        var kind = function.Procedure ? "p" : "f";
        var result = function.Returns is null ? "" : $" AND pg_catalog.pg_get_function_result(p.oid) = {Identifiers.Literal(function.Returns)}";
        var args = Identifiers.Literal(string.Join(", ", function.Args.Where(a => function.Procedure || a.Mode != "out").Select(IdentityArg)));
        return $"to_regprocedure({signature}) IS NOT NULL AND NOT EXISTS (SELECT FROM pg_catalog.pg_proc p WHERE p.oid = to_regprocedure({signature})"
            + $" AND p.prokind = '{kind}'{result} AND pg_catalog.pg_get_function_identity_arguments(p.oid) = {args})";
    }

    private static string IdentityArg(FunctionArg arg) =>
        (arg.Mode == "in" ? "" : arg.Mode.ToUpperInvariant() + " ") + (arg.Name is null ? "" : Identifiers.Quote(arg.Name) + " ") + arg.Type;

    /// <summary>
    /// SQL functions are checked against the catalog when created, so one whose body reads a table
    /// (or any routine whose signature names a table's row type) may need the tables first. When
    /// creating, only tables and columns that this migration adds count: what already exists lets
    /// the function be created early, before defaults, checks and indexes that call it. When
    /// dropping, only recorded dependencies count (row types, SQL-standard bodies): such a function
    /// goes before the tables it depends on, any other after the tables whose defaults may call it.
    /// </summary>
    private bool IsLateFunction(Function function, bool creating)
    {
        if (!creating)
            return _old.Tables.Keys.Any(t => function.UsedTypes.Contains(t) || function.SqlStandardBody && Names(function.BodySql, t.Name));
        foreach (var table in _new.Tables.Values)
        {
            var existing = _old.Tables.Find(table.Name);
            if (function.UsedTypes.Contains(table.Name) && existing is null) return true;
            if (function.Language != "sql" || !Names(function.BodySql, table.Name.Name)) continue;
            if (existing is null) return true;
            if (table.Columns.Any(c => existing.FindColumn(c.Name) is null && Names(function.BodySql, c.Name))) return true;
        }
        return false;
    }

    private static bool Names(string text, string name) =>
        text.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0 && Regex.IsMatch(text, @"(?<![\w$])" + Regex.Escape(name) + @"(?![\w$])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string FunctionCompareKey(Function f)
    {
        var text = new StringBuilder();
        text.Append(f.Procedure).Append('|');
        foreach (var a in f.Args) text.Append(a.Mode).Append(' ').Append(a.Name).Append(' ').Append(a.Type).Append(' ').Append(a.Default?.Normalized).Append(',');
        text.Append('|').Append(f.Returns).Append('|').Append(f.Language).Append('|').Append(f.Volatility).Append(f.Strict).Append(f.SecurityDefiner)
            .Append(f.Leakproof).Append(f.Parallel).Append(f.Window).Append('|').Append(f.Cost).Append('|').Append(f.Rows).Append('|');
        foreach (var (name, value, normalized) in f.Settings) text.Append(name).Append('=').Append(value is null ? "FROM CURRENT" : normalized).Append(';');
        text.Append('|').Append(f.SqlStandardBody).Append('|').Append(f.BodyKey);
        return text.ToString();
    }

    private static string FunctionSql(Function f)
    {
        var text = new StringBuilder();
        text.Append("CREATE OR REPLACE ").Append(f.Procedure ? "PROCEDURE " : "FUNCTION ").Append(f.Key.Name.ToSql()).Append('(');
        text.Append(string.Join(", ", f.Args.Select(a => IdentityArg(a) + (a.Default is null ? "" : " DEFAULT " + a.Default.Text))));
        text.Append(')');
        if (f.Returns is not null) text.Append("\n RETURNS ").Append(f.Returns);
        text.Append("\n LANGUAGE ").Append(Identifiers.Quote(f.Language));
        if (f.Window) text.Append(" WINDOW");
        if (f.Volatility == 'i') text.Append(" IMMUTABLE");
        else if (f.Volatility == 's') text.Append(" STABLE");
        if (f.Leakproof) text.Append(" LEAKPROOF");
        if (f.Strict) text.Append(" STRICT");
        if (f.SecurityDefiner) text.Append(" SECURITY DEFINER");
        if (f.Parallel == 's') text.Append(" PARALLEL SAFE");
        else if (f.Parallel == 'r') text.Append(" PARALLEL RESTRICTED");
        if (!f.Procedure)
        {
            var defaultCost = f.Language is "c" or "internal" ? "1" : "100";
            if (f.Cost != defaultCost) text.Append(" COST ").Append(f.Cost);
            var defaultRows = f.Returns is { } r && (r.StartsWith("SETOF ", StringComparison.Ordinal) || r.StartsWith("TABLE(", StringComparison.Ordinal)) ? "1000" : "0";
            if (f.Rows != defaultRows) text.Append(" ROWS ").Append(f.Rows);
        }
        foreach (var (name, value, _) in f.Settings)
            text.Append("\n SET ").Append(name).Append(value is null ? " FROM CURRENT" : " TO " + value);
        text.Append(f.SqlStandardBody ? "\n" : "\nAS ").Append(f.BodySql).Append(';');
        return text.ToString();
    }

    private void PlanTriggers()
    {
        foreach (var trigger in _new.Triggers.Values)
        {
            var table = trigger.Key.Table;
            // A view that is dropped and created again loses its triggers: they are created again.
            var old = _old.Tables.ContainsKey(table) && _new.Tables.ContainsKey(table) && !IsRecreated(table) || ViewSurvives(table) ? _old.Triggers.Find(trigger.Key) : null;
            var functionRecreated = RecreatedFunctions.Any(k => k.Name == trigger.Function)
                || old is not null && TriggerUsesChangedColumns(old);
            var what = $"trigger {trigger.Key.Name} on {table.Name}";
            if (old is not null && TriggerSql(old, replace: false, normalized: true) == TriggerSql(trigger, replace: false, normalized: true) && !functionRecreated)
            {
                if (old.Enabled != trigger.Enabled) _plan.Add(Phase.CreateTriggers, TriggerStateSql(trigger), $"set enabled state of {what}");
                continue;
            }
            if (old is not null && (old.Constraint || trigger.Constraint || functionRecreated))
            {
                _recreatedTriggers.Add(trigger.Key);
                _plan.Add(Phase.DropTriggers, $"DROP TRIGGER {IfExists}{Identifiers.Quote(old.Key.Name)} ON {table.ToSql()};", $"drop {what} to change it");
                old = null;
            }
            var sql = TriggerSql(trigger, replace: !trigger.Constraint && (Idempotent || old is not null), normalized: false);
            if (trigger.Constraint)
                sql = Guarded($"NOT EXISTS (SELECT FROM pg_catalog.pg_trigger WHERE tgrelid = {Identifiers.Literal(table.ToSql())}::regclass AND tgname = {Identifiers.Literal(trigger.Key.Name)})", sql);
            _plan.Add(Phase.CreateTriggers, sql, (old is null ? "create " : "replace ") + what);
            // Creating or replacing a trigger enables it.
            if (trigger.Enabled != 'O') _plan.Add(Phase.CreateTriggers, TriggerStateSql(trigger), $"set enabled state of {what}");
        }
        foreach (var old in _old.Triggers.Values)
        {
            if (_new.Triggers.ContainsKey(old.Key) || IsRecreated(old.Key.Table) || !_new.Tables.ContainsKey(old.Key.Table) && !ViewSurvives(old.Key.Table)) continue;
            _plan.Add(Phase.DropTriggers, $"DROP TRIGGER {IfExists}{Identifiers.Quote(old.Key.Name)} ON {old.Key.Table.ToSql()};", $"drop trigger {old.Key.Name} on {old.Key.Table.Name}");
        }
    }

    /// <summary>
    /// Columns of a table kept in both versions that are dropped or retyped: PostgreSQL refuses
    /// both while a trigger or policy refers to them, so those are dropped first and created again.
    /// </summary>
    private List<string> ChangedColumns(QualifiedName table)
    {
        if (_old.Tables.Find(table) is not { } old || _new.Tables.Find(table) is not { } @new) return new List<string>();
        return old.Columns.Where(c => @new.FindColumn(c.Name) is not { } n || n.Type.Sql != c.Type.Sql).Select(c => c.Name).ToList();
    }

    private static bool Mentions(Expression? expression, List<string> columns) =>
        expression is not null && columns.Any(c =>
            Regex.IsMatch(expression.Normalized, @"(?<![\w$""])" + Regex.Escape(Identifiers.Quote(c)) + @"(?![\w$""])", RegexOptions.CultureInvariant));

    private bool TriggerUsesChangedColumns(Trigger trigger)
    {
        var changed = ChangedColumns(trigger.Key.Table);
        return changed.Count > 0 && (trigger.UpdateColumns.Any(changed.Contains) || Mentions(trigger.When, changed));
    }

    private bool PolicyUsesChangedColumns(Policy policy)
    {
        var changed = ChangedColumns(policy.Key.Table);
        return changed.Count > 0 && (Mentions(policy.Using, changed) || Mentions(policy.Check, changed));
    }

    private static string TriggerStateSql(Trigger trigger)
    {
        var action = trigger.Enabled switch
        {
            'D' => "DISABLE TRIGGER",
            'R' => "ENABLE REPLICA TRIGGER",
            'A' => "ENABLE ALWAYS TRIGGER",
            _ => "ENABLE TRIGGER",
        };
        return $"ALTER TABLE {trigger.Key.Table.ToSql()} {action} {Identifiers.Quote(trigger.Key.Name)};";
    }

    /// <summary>The trigger as <c>pg_get_triggerdef</c> would print it; with <paramref name="normalized"/> the comparison key.</summary>
    private static string TriggerSql(Trigger t, bool replace, bool normalized)
    {
        var text = new StringBuilder("CREATE ");
        if (replace) text.Append("OR REPLACE ");
        if (t.Constraint) text.Append("CONSTRAINT ");
        text.Append("TRIGGER ").Append(Identifiers.Quote(t.Key.Name)).Append(' ').Append(t.Timing).Append(' ');
        text.Append(string.Join(" OR ", t.Events.Select(e =>
            e == "update" && t.UpdateColumns.Count > 0 ? "UPDATE OF " + string.Join(", ", t.UpdateColumns.Select(Identifiers.Quote)) : e.ToUpperInvariant())));
        text.Append(" ON ").Append(t.Key.Table.ToSql());
        if (t.FromTable is { } from) text.Append(" FROM ").Append(from.ToSql());
        if (t.Constraint)
            text.Append(t.Deferrable ? " DEFERRABLE" : " NOT DEFERRABLE").Append(t.InitiallyDeferred ? " INITIALLY DEFERRED" : " INITIALLY IMMEDIATE");
        if (t.OldTable is not null || t.NewTable is not null)
        {
            text.Append(" REFERENCING");
            if (t.OldTable is not null) text.Append(" OLD TABLE AS ").Append(Identifiers.Quote(t.OldTable));
            if (t.NewTable is not null) text.Append(" NEW TABLE AS ").Append(Identifiers.Quote(t.NewTable));
        }
        text.Append(t.ForEachRow ? " FOR EACH ROW" : " FOR EACH STATEMENT");
        if (t.When is not null) text.Append(" WHEN (").Append(normalized ? t.When.Normalized : t.When.Text).Append(')');
        text.Append(" EXECUTE FUNCTION ").Append(t.Function.ToSql()).Append('(');
        text.Append(string.Join(", ", t.Arguments.Select(Identifiers.Literal))).Append(");");
        return text.ToString();
    }

    private void PlanPolicies()
    {
        foreach (var policy in _new.Policies.Values)
        {
            var table = policy.Key.Table;
            // A re-created table comes back without its policies.
            var old = _old.Tables.ContainsKey(table) && !IsRecreated(table) ? _old.Policies.Find(policy.Key) : null;
            var what = $"policy {policy.Key.Name} on {table.Name}";
            var usesChangedColumns = old is not null && PolicyUsesChangedColumns(old);
            if (old is not null && !usesChangedColumns && PolicySql(old, normalized: true) == PolicySql(policy, normalized: true)) continue;
            if (old is not null && !usesChangedColumns && old.Permissive == policy.Permissive && old.Command == policy.Command
                && !(old.Using is not null && policy.Using is null) && !(old.Check is not null && policy.Check is null))
            {
                var alter = $"ALTER POLICY {Identifiers.Quote(policy.Key.Name)} ON {table.ToSql()} TO {RolesSql(policy.Roles)}";
                if (policy.Using is not null) alter += $" USING ({policy.Using.Text})";
                if (policy.Check is not null) alter += $" WITH CHECK ({policy.Check.Text})";
                _plan.Add(Phase.CreatePolicies, alter + ";", $"alter {what}");
                continue;
            }
            if (old is not null)
            {
                _recreatedPolicies.Add(policy.Key);
                _plan.Add(Phase.DropPolicies, $"DROP POLICY {IfExists}{Identifiers.Quote(old.Key.Name)} ON {table.ToSql()};", $"drop {what} to change it");
            }
            var guard = $"NOT EXISTS (SELECT FROM pg_catalog.pg_policy WHERE polrelid = {Identifiers.Literal(table.ToSql())}::regclass AND polname = {Identifiers.Literal(policy.Key.Name)})";
            _plan.Add(Phase.CreatePolicies, Guarded(guard, PolicySql(policy, normalized: false)), $"create {what}");
        }
        foreach (var old in _old.Policies.Values)
        {
            if (_new.Policies.ContainsKey(old.Key) || !_new.Tables.ContainsKey(old.Key.Table) || IsRecreated(old.Key.Table)) continue;
            _plan.Add(Phase.DropPolicies, $"DROP POLICY {IfExists}{Identifiers.Quote(old.Key.Name)} ON {old.Key.Table.ToSql()};", $"drop policy {old.Key.Name} on {old.Key.Table.Name}");
        }
    }

    private static string RolesSql(IEnumerable<string> roles) => string.Join(", ", roles.Select(r => r switch
    {
        "public" => "PUBLIC",
        "current_user" or "current_role" or "session_user" => r.ToUpperInvariant(),
        _ => Identifiers.Quote(r),
    }));

    private static string PolicySql(Policy p, bool normalized)
    {
        var text = new StringBuilder($"CREATE POLICY {Identifiers.Quote(p.Key.Name)} ON {p.Key.Table.ToSql()}");
        if (!p.Permissive) text.Append(" AS RESTRICTIVE");
        if (p.Command != "all") text.Append(" FOR ").Append(p.Command.ToUpperInvariant());
        text.Append(" TO ").Append(RolesSql(p.Roles));
        if (p.Using is not null) text.Append(" USING (").Append(normalized ? p.Using.Normalized : p.Using.Text).Append(')');
        if (p.Check is not null) text.Append(" WITH CHECK (").Append(normalized ? p.Check.Normalized : p.Check.Text).Append(')');
        return text.Append(';').ToString();
    }

    /// <summary>Whether a commented function, procedure, trigger or policy is kept (a re-created one loses its comment).</summary>
    private bool RoutineSurvives(CommentTarget target) => target.Kind switch
    {
        ObjectKind.Function or ObjectKind.Procedure =>
            _old.Functions.ContainsKey(new FunctionKey(target.Object, target.Member!)) && !RecreatedFunctions.Contains(new FunctionKey(target.Object, target.Member!))
            && !_functionsDroppedWithViews.Contains(new FunctionKey(target.Object, target.Member!)),
        ObjectKind.Trigger => (_old.Tables.ContainsKey(target.Object) && !IsRecreated(target.Object) || ViewSurvives(target.Object)) && _old.Triggers.ContainsKey(new TableMemberKey(target.Object, target.Member!))
                              && !_recreatedTriggers.Contains(new TableMemberKey(target.Object, target.Member!)),
        ObjectKind.Policy => _old.Tables.ContainsKey(target.Object) && !IsRecreated(target.Object) && _old.Policies.ContainsKey(new TableMemberKey(target.Object, target.Member!))
                             && !_recreatedPolicies.Contains(new TableMemberKey(target.Object, target.Member!)),
        _ => false,
    };

    private bool RoutineExistsInNew(CommentTarget target) => target.Kind switch
    {
        ObjectKind.Function or ObjectKind.Procedure => _new.Functions.ContainsKey(new FunctionKey(target.Object, target.Member!)),
        ObjectKind.Trigger => _new.Triggers.ContainsKey(new TableMemberKey(target.Object, target.Member!)),
        ObjectKind.Policy => _new.Policies.ContainsKey(new TableMemberKey(target.Object, target.Member!)),
        _ => false,
    };

    private static string RoutineCommentSql(CommentTarget target) => target.Kind switch
    {
        ObjectKind.Function => $"FUNCTION {target.Object.ToSql()}{target.Member}",
        ObjectKind.Procedure => $"PROCEDURE {target.Object.ToSql()}{target.Member}",
        _ => $"{target.Kind.ToString().ToUpperInvariant()} {Identifiers.Quote(target.Member!)} ON {target.Object.ToSql()}",
    };
}
