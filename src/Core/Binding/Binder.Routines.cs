using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

internal sealed partial class Binder
{
    private void BindCreateFunction(CreateFunctionSyntax statement)
    {
        var name = Resolve(statement.Name);
        RequireSchema(name.Schema, statement.Name);
        var key = new FunctionKey(name, ArgTypes(statement.Args, statement.Procedure));
        var existing = _catalog.Functions.Find(key);
        if (existing is not null)
        {
            if (!statement.OrReplace)
                throw new BindException($"{(statement.Procedure ? "procedure" : "function")} \"{key}\" already exists with same argument types", statement.Name);
            if (existing.Procedure != statement.Procedure)
                throw new BindException($"cannot change routine kind: \"{key}\" is a {(existing.Procedure ? "procedure" : "function")}", statement.Name);
        }

        var function = new Function(key, statement.Procedure, Locate(statement.Name));
        foreach (var arg in statement.Args)
        {
            var type = CanonicalType(arg.Type, function);
            function.Args.Add(new FunctionArg(arg.Mode, arg.Name, type, arg.Default is null ? null : Normalize(arg.Default)));
        }
        if (!statement.Procedure) function.Returns = ResultType(statement, function);
        function.Language = statement.Language ?? (statement.SqlStandardBody ? "sql" : throw new BindException("no language specified", statement.Name));
        if (statement.SqlStandardBody && function.Language != "sql")
            throw new BindException("inline SQL function body only valid for language SQL", statement.Name);
        function.Volatility = statement.Volatility ?? 'v';
        function.Strict = statement.Strict ?? false;
        function.SecurityDefiner = statement.SecurityDefiner ?? false;
        function.Leakproof = statement.Leakproof ?? false;
        function.Parallel = statement.Parallel ?? 'u';
        function.Window = statement.Window;
        var setReturning = statement.ReturnsSetOf || statement.ReturnsTable != null;
        // PostgreSQL's defaults: cost 1 for C and internal functions, 100 otherwise; 1000 rows when set-returning.
        function.Cost = CanonicalNumber(statement.Cost) ?? (function.Language is "c" or "internal" ? "1" : "100");
        function.Rows = CanonicalNumber(statement.Rows) ?? (setReturning ? "1000" : "0");
        if (statement.Rows != null && !setReturning) throw new BindException("ROWS is not applicable when function does not return a set", statement.Name);
        // Parameter names are case-insensitive: pg_get_functiondef prints SET "TimeZone" for SET timezone.
        foreach (var (setting, value) in statement.Settings)
            function.Settings.Add((setting.ToLowerInvariant(), value, value is null ? null : ExpressionNormalizer.FromText(value).Normalized));
        function.BodySql = statement.BodySql!;
        function.SqlStandardBody = statement.SqlStandardBody;
        function.BodyKey = statement.SqlStandardBody ? statement.BodySql! : string.Join("\u0000", statement.BodyValues);
        if (existing is not null)
        {
            function.Location = existing.Location;
            _catalog.Functions.Set(key, function);
        }
        else _catalog.Functions.Set(key, function);
    }

    /// <summary>PostgreSQL stores COST and ROWS as float4; <c>100.0</c> and <c>100</c> are one value.</summary>
    private static string? CanonicalNumber(string? text)
    {
        if (text is null) return null;
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            : text;
    }

    private string CanonicalType(TypeSyntax syntax, Function? function)
    {
        var type = TypeNames.Canonicalize(syntax);
        if (type.UserType is { } user)
        {
            function?.UsedTypes.Add(user);
            // A type referenced without schema may live in another schema on the search path; only public is assumed.
        }
        return type.Sql;
    }

    /// <summary>The canonical argument types that identify a routine; OUT arguments count only for procedures.</summary>
    private string ArgTypes(IReadOnlyList<FunctionArgSyntax> args, bool procedure) =>
        "(" + string.Join(", ", args.Where(a => procedure || a.Mode != "out").Select(a => TypeNames.Canonicalize(a.Type).Sql)) + ")";

    /// <summary>The result type as <c>pg_get_function_result</c> prints it.</summary>
    private string ResultType(CreateFunctionSyntax statement, Function function)
    {
        if (statement.ReturnsTable is { } columns)
            return "TABLE(" + string.Join(", ", columns.Select(c => Identifiers.Quote(c.Name) + " " + CanonicalType(c.Type, function))) + ")";
        var outputs = statement.Args.Where(a => a.Mode is "out" or "inout").ToList();
        if (statement.Returns is null)
            return outputs.Count == 1 ? CanonicalType(outputs[0].Type, function) : "record";
        var type = CanonicalType(statement.Returns, function);
        return statement.ReturnsSetOf ? "SETOF " + type : type;
    }

    private void BindDropRoutine(DropRoutineSyntax statement)
    {
        foreach (var routine in statement.Routines)
        {
            var found = FindRoutine(routine.Name, routine.Args, statement.Procedure, routine);
            if (found is null)
            {
                if (statement.IfExists) continue;
                throw new BindException($"{(statement.Procedure ? "procedure" : "function")} {routine.Name}{(routine.Args is null ? "" : ArgTypes(routine.Args, statement.Procedure))} does not exist", routine);
            }
            if (_catalog.Triggers.Values.FirstOrDefault(t => t.Function == found.Key.Name) is { } trigger)
                throw new BindException($"cannot drop function {found.Key} because trigger {trigger.Key.Name} on table {trigger.Key.Table.Name} depends on it", routine);
            _catalog.Functions.Remove(found.Key);
            _catalog.Comments.Remove(RoutineCommentTarget(found));
        }
    }

    private Function? FindRoutine(NameSyntax nameSyntax, IReadOnlyList<FunctionArgSyntax>? args, bool procedure, SyntaxNode node)
    {
        var name = Resolve(nameSyntax);
        if (args is not null)
        {
            // DROP/COMMENT may list OUT arguments of functions too; they are ignored.
            var function = _catalog.Functions.Find(new FunctionKey(name, ArgTypes(args, procedure)));
            if (function is not null && function.Procedure != procedure)
                throw new BindException($"{function.Key} is not a {(procedure ? "procedure" : "function")}", node);
            return function;
        }
        var candidates = _catalog.Functions.Values.Where(f => f.Key.Name == name).ToList();
        if (candidates.Count > 1) throw new BindException($"{(procedure ? "procedure" : "function")} name \"{nameSyntax}\" is not unique", node);
        return candidates.FirstOrDefault();
    }

    private static CommentTarget RoutineCommentTarget(Function function) =>
        new(function.Procedure ? ObjectKind.Procedure : ObjectKind.Function, function.Key.Name, function.Key.ArgTypes);

    private CommentTarget BindRoutineCommentTarget(CommentSyntax statement)
    {
        var procedure = statement.Kind == ObjectKind.Procedure;
        var function = FindRoutine(statement.Target, statement.Args, procedure, statement.Target)
            ?? throw new BindException($"{(procedure ? "procedure" : "function")} {statement.Target} does not exist", statement.Target);
        return RoutineCommentTarget(function);
    }

    private CommentTarget BindTableMemberCommentTarget(CommentSyntax statement)
    {
        var table = Resolve(statement.OnTable!);
        if (statement.Kind != ObjectKind.Trigger || !_catalog.Views.ContainsKey(table)) RequireTable(table, statement.OnTable!);
        var key = new TableMemberKey(table, statement.Target.Name);
        var exists = statement.Kind == ObjectKind.Trigger ? _catalog.Triggers.ContainsKey(key) : _catalog.Policies.ContainsKey(key);
        if (!exists)
            throw new BindException($"{statement.Kind.ToString().ToLowerInvariant()} \"{key.Name}\" for table \"{table.Name}\" does not exist", statement.Target);
        return new CommentTarget(statement.Kind, table, key.Name);
    }

    /// <summary>Trigger functions PostgreSQL and its contrib modules ship.</summary>
    private static readonly HashSet<string> BuiltInTriggerFunctions = new(StringComparer.Ordinal)
    {
        "tsvector_update_trigger", "tsvector_update_trigger_column", "suppress_redundant_updates_trigger", "lo_manage",
        "moddatetime", "autoinc", "insert_username", "check_primary_key", "check_foreign_key",
    };

    private void BindCreateTrigger(CreateTriggerSyntax statement)
    {
        var tableName = Resolve(statement.Table);
        var onView = _catalog.Views.Find(tableName) is { Materialized: false } && !_catalog.Tables.ContainsKey(tableName);
        var table = onView ? null : RequireTable(tableName, statement.Table);
        var key = new TableMemberKey(tableName, statement.Name);
        var existing = _catalog.Triggers.Find(key);
        if (existing is not null && !statement.OrReplace)
            throw new BindException($"trigger \"{statement.Name}\" for relation \"{tableName.Name}\" already exists", statement);
        var function = Resolve(statement.Function);
        if (!BuiltInTriggerFunctions.Contains(function.Name) && !_catalog.Functions.Values.Any(f => f.Key.Name == function && f.Returns == "trigger" && f.Key.ArgTypes == "()"))
            throw new BindException($"function {statement.Function}() does not exist", statement.Function);
        if (statement.Timing == "INSTEAD OF" && !onView)
            throw new BindException($"\"{tableName.Name}\" is a table; tables cannot have INSTEAD OF triggers", statement.Table);
        if (onView && statement.Timing == "INSTEAD OF" && !statement.ForEachRow)
            throw new BindException("INSTEAD OF triggers must be FOR EACH ROW", statement);
        if (onView && statement.Timing != "INSTEAD OF" && statement.ForEachRow)
            throw new BindException($"\"{tableName.Name}\" is a view; views cannot have row-level BEFORE or AFTER triggers", statement.Table);

        var trigger = new Trigger(key, existing?.Location ?? Locate(statement))
        {
            Constraint = statement.Constraint,
            Timing = statement.Timing,
            ForEachRow = statement.ForEachRow,
            FromTable = statement.FromTable is null ? null : Resolve(statement.FromTable),
            Deferrable = statement.Deferrable || statement.InitiallyDeferred,
            InitiallyDeferred = statement.InitiallyDeferred,
            OldTable = statement.OldTable,
            NewTable = statement.NewTable,
            When = statement.When is null ? null : Normalize(statement.When),
            Function = function,
            Enabled = existing?.Enabled ?? 'O',
        };
        foreach (var name in new[] { "insert", "delete", "update", "truncate" })
        {
            foreach (var e in statement.Events.Where(e => e.Event == name))
            {
                if (!trigger.Events.Contains(name)) trigger.Events.Add(name);
                foreach (var column in e.Columns)
                {
                    if (table is null)
                        throw new BindException("INSTEAD OF triggers cannot have column lists", statement);
                    if (table.FindColumn(column) is null)
                        throw new BindException($"column \"{column}\" of relation \"{tableName.Name}\" does not exist", statement);
                    if (!trigger.UpdateColumns.Contains(column)) trigger.UpdateColumns.Add(column);
                }
            }
        }
        trigger.Arguments.AddRange(statement.Arguments);
        _catalog.Triggers.Set(key, trigger);
    }

    private void SetTriggerState(Table table, SetTriggerStateSyntax action)
    {
        if (action.Name is null)
        {
            foreach (var trigger in _catalog.Triggers.Values.Where(t => t.Key.Table == table.Name)) trigger.Enabled = action.State;
            return;
        }
        var found = _catalog.Triggers.Find(new TableMemberKey(table.Name, action.Name))
            ?? throw new BindException($"trigger \"{action.Name}\" for table \"{table.Name.Name}\" does not exist", action);
        found.Enabled = action.State;
    }

    private void BindDropTableMember(DropTableMemberSyntax statement)
    {
        var table = Resolve(statement.Table);
        if (!_catalog.Tables.ContainsKey(table) && !(statement.Kind == ObjectKind.Trigger && _catalog.Views.ContainsKey(table)))
        {
            if (statement.IfExists) return;
            throw new BindException($"relation \"{table.Name}\" does not exist", statement.Table);
        }
        var key = new TableMemberKey(table, statement.Name);
        var removed = statement.Kind == ObjectKind.Trigger ? _catalog.Triggers.Remove(key) : _catalog.Policies.Remove(key);
        if (!removed)
        {
            if (statement.IfExists) return;
            throw new BindException($"{statement.Kind.ToString().ToLowerInvariant()} \"{statement.Name}\" for table \"{table.Name}\" does not exist", statement);
        }
        _catalog.Comments.Remove(new CommentTarget(statement.Kind, table, statement.Name));
    }

    private void BindCreatePolicy(CreatePolicySyntax statement)
    {
        var table = Resolve(statement.Table);
        RequireTable(table, statement.Table);
        var key = new TableMemberKey(table, statement.Name);
        if (_catalog.Policies.ContainsKey(key))
            throw new BindException($"policy \"{statement.Name}\" for table \"{table.Name}\" already exists", statement);
        if (statement.Command is "select" or "delete" && statement.Check is not null)
            throw new BindException("WITH CHECK cannot be applied to SELECT or DELETE", statement);
        if (statement.Command == "insert" && statement.Using is not null)
            throw new BindException("only WITH CHECK expression allowed for INSERT", statement);
        _catalog.Policies.Set(key, new Policy(key, Locate(statement))
        {
            Permissive = statement.Permissive,
            Command = statement.Command,
            Roles = CanonicalRoles(statement.Roles),
            Using = statement.Using is null ? null : Normalize(statement.Using),
            Check = statement.Check is null ? null : Normalize(statement.Check),
        });
    }

    /// <summary>PostgreSQL keeps policy roles as a set; PUBLIC among others means just PUBLIC.</summary>
    private static List<string> CanonicalRoles(IReadOnlyList<string> roles)
    {
        var set = roles.Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToList();
        return set.Contains("public") ? new List<string> { "public" } : set;
    }

    private void BindAlterPolicy(AlterPolicySyntax statement)
    {
        var table = Resolve(statement.Table);
        RequireTable(table, statement.Table);
        var key = new TableMemberKey(table, statement.Name);
        var policy = _catalog.Policies.Find(key)
            ?? throw new BindException($"policy \"{statement.Name}\" for table \"{table.Name}\" does not exist", statement);
        if (statement.RenameTo is { } to)
        {
            var renamed = new TableMemberKey(table, to);
            if (_catalog.Policies.ContainsKey(renamed))
                throw new BindException($"policy \"{to}\" for table \"{table.Name}\" already exists", statement);
            policy.Key = renamed;
            _catalog.Policies.Rekey(key, renamed, policy);
            var comment = new CommentTarget(ObjectKind.Policy, table, statement.Name);
            if (_catalog.Comments.Find(comment) is { } text)
            {
                _catalog.Comments.Remove(comment);
                _catalog.Comments.Set(new CommentTarget(ObjectKind.Policy, table, to), text);
            }
            return;
        }
        if (statement.Roles is { } roles) policy.Roles = CanonicalRoles(roles);
        if (statement.Using is { } usingExpr) policy.Using = Normalize(usingExpr);
        if (statement.Check is { } check) policy.Check = Normalize(check);
    }
}
