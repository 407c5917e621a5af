using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;
using SchemaGen.Core.Writing;

namespace SchemaGen.Core.Planning;

internal sealed partial class DirectionPlanner
{
    /// <summary>Types re-created under a temporary name and swapped in: they lose their comments.</summary>
    private readonly HashSet<QualifiedName> _rebuiltTypes = new();

    private void PlanTypes()
    {
        foreach (var type in _new.Types.Values)
        {
            var old = _old.Types.Find(type.Name);
            if (_rebuiltTypes.Contains(type.Name)) continue;
            if (old == null) CreateType(type, CallsFunction(type, _new) ? Phase.CreateLateTypes : Phase.CreateTypes, type.Name);
            else if (NeedsRebuild(old, type)) RebuildType(old, type);
            else AlterType(old, type);
        }
        foreach (var old in _old.Types.Values.Reverse().Where(t => !_new.Types.ContainsKey(t.Name)))
            _plan.Add(CallsFunction(old, _old) ? Phase.DropEarlyTypes : Phase.DropTypes,
                $"DROP {old.Keyword} {IfExists}{old.Name.ToSql()};", $"drop {old.Keyword.ToLowerInvariant()} {old.Name.Name}");
    }

    /// <summary>
    /// A domain whose default or CHECK calls a function of the schema: it is created after the
    /// functions and dropped before them, instead of in the usual type phases.
    /// </summary>
    private static bool CallsFunction(UserType type, Catalog catalog)
    {
        if (type is not Domain domain || catalog.Functions.Count == 0) return false;
        var names = new HashSet<string>(catalog.Functions.Keys.Select(k => Identifiers.Quote(k.Name.Name)), StringComparer.Ordinal);
        var expressions = domain.Constraints.Select(c => c.Check).Append(domain.Default).OfType<Expression>();
        foreach (var expression in expressions)
        {
            var words = expression.Normalized.Split(' ');
            for (var i = 0; i + 1 < words.Length; i++)
                if (words[i + 1] == "(" && names.Contains(words[i])) return true;
        }
        return false;
    }

    /// <summary>Changes PostgreSQL cannot make in place: removed or reordered enum labels, a new base type, a new kind.</summary>
    private bool NeedsRebuild(UserType old, UserType type)
    {
        switch (old, type)
        {
            case (EnumType o, EnumType n):
                return !IsSubsequence(o.Labels, n.Labels);
            case (Domain o, Domain n):
                return o.BaseType.Sql != n.BaseType.Sql || o.Collation != n.Collation;
            case (CompositeType o, CompositeType n):
            {
                if (CompositeChangesInPlace(o, n)) return false;
                return true;
            }
            default:
                return true;
        }
    }

    private static bool IsSubsequence(List<string> part, List<string> whole)
    {
        var i = 0;
        foreach (var label in whole)
            if (i < part.Count && part[i] == label) i++;
        return i == part.Count && part.All(whole.Contains);
    }

    /// <summary>
    /// Attributes can be dropped, appended and retyped in place; kept attributes must stay in
    /// their order, and a retyped one only when no table column stores the type.
    /// </summary>
    private bool CompositeChangesInPlace(CompositeType old, CompositeType type)
    {
        var kept = type.Attributes.Where(a => old.Attributes.Any(o => o.Name == a.Name)).Select(a => a.Name).ToList();
        var oldKept = old.Attributes.Where(a => kept.Contains(a.Name)).Select(a => a.Name).ToList();
        if (!kept.SequenceEqual(oldKept)) return false;
        var firstAdded = type.Attributes.FindIndex(a => !kept.Contains(a.Name));
        if (firstAdded >= 0 && type.Attributes.Skip(firstAdded).Any(a => kept.Contains(a.Name))) return false;
        var retyped = type.Attributes.Any(a => old.Attributes.Find(o => o.Name == a.Name) is { } o && (o.Type != a.Type || o.Collation != a.Collation));
        return !retyped || !ColumnsUsing(_old, old.Name).Any();
    }

    private static IEnumerable<(Table Table, Column Column)> ColumnsUsing(Catalog catalog, QualifiedName type) =>
        catalog.Tables.Values.SelectMany(t => t.Columns.Where(c => c.Type.UserType == type).Select(c => (t, c)));

    private static string TypeLiteral(QualifiedName name) => Identifiers.Literal(Identifiers.QuoteFullyQualified(name.Schema, name.Name));

    private void CreateType(UserType type, Phase phase, QualifiedName name)
    {
        var statements = CreateTypeStatements(type, name);
        var guard = $"to_regtype({TypeLiteral(name)}) IS NULL";
        AddStatements(phase, guard, statements, $"create {type.Keyword.ToLowerInvariant()} {name.Name}");
    }

    private List<string> CreateTypeStatements(UserType type, QualifiedName name)
    {
        var statements = new List<string>();
        switch (type)
        {
            case EnumType e:
                statements.Add($"CREATE TYPE {name.ToSql()} AS ENUM ({string.Join(", ", e.Labels.Select(Identifiers.Literal))});");
                break;
            case CompositeType c:
                statements.Add($"CREATE TYPE {name.ToSql()} AS ({string.Join(", ", c.Attributes.Select(AttributeDefinition))});");
                break;
            case Domain d:
            {
                var sql = $"CREATE DOMAIN {name.ToSql()} AS {d.BaseType.Sql}";
                if (d.Collation != null) sql += " COLLATE " + d.Collation;
                if (d.Default != null) sql += " DEFAULT " + d.Default.Text;
                if (d.NotNull) sql += " NOT NULL";
                foreach (var constraint in d.Constraints.Where(c => !c.NotValid))
                    sql += $" CONSTRAINT {SqlText.Name(constraint.Name)} CHECK ({constraint.Check.Text})";
                statements.Add(sql + ";");
                foreach (var constraint in d.Constraints.Where(c => c.NotValid))
                    statements.Add($"ALTER DOMAIN {name.ToSql()} ADD CONSTRAINT {SqlText.Name(constraint.Name)} CHECK ({constraint.Check.Text}) NOT VALID;");
                break;
            }
        }
        return statements;
    }

    private static string AttributeDefinition(TypeAttribute attribute) =>
        $"{SqlText.Name(attribute.Name)} {attribute.Type.Sql}" + (attribute.Collation != null ? " COLLATE " + attribute.Collation : "");

    /// <summary>
    /// Steps that belong together: one guarded DO block when the output is idempotent (a re-run
    /// skips them all), else one plan entry per statement.
    /// </summary>
    private void AddStatements(Phase phase, string condition, List<string> statements, string change, params Hazard[] hazards)
    {
        if (Idempotent)
        {
            _plan.Add(phase, GuardedBlock(condition, statements), change, hazards);
            return;
        }
        for (var i = 0; i < statements.Count; i++)
            _plan.Add(phase, statements[i], i == 0 ? change : null, i == 0 ? hazards : Array.Empty<Hazard>());
    }

    /// <summary>Statements in one DO block that runs them only when <paramref name="condition"/> holds.</summary>
    private static string GuardedBlock(string condition, IEnumerable<string> statements)
    {
        var inner = string.Join("\n", statements.Select(s => "        " + s.Replace("\n", "\n        ")));
        var body = $"BEGIN\n    IF {condition} THEN\n{inner}\n    END IF;\nEND\n";
        var tag = SqlText.DollarTag(body);
        return $"DO {tag}\n{body}{tag};";
    }

    private void AlterType(UserType old, UserType type)
    {
        switch (old, type)
        {
            case (EnumType o, EnumType n): AddEnumValues(o, n); break;
            case (Domain o, Domain n): AlterDomain(o, n); break;
            case (CompositeType o, CompositeType n): AlterComposite(o, n); break;
        }
    }

    /// <summary>
    /// ADD VALUE for each new label, placed next to a label that already exists. PostgreSQL
    /// before 12 refuses ADD VALUE in a transaction block, and no version lets the same
    /// transaction use the new value: the migration is not transactional.
    /// </summary>
    private void AddEnumValues(EnumType old, EnumType type)
    {
        var labels = type.Labels;
        for (var i = 0; i < labels.Count; i++)
        {
            if (old.Labels.Contains(labels[i])) continue;
            var sql = $"ALTER TYPE {type.Name.ToSql()} ADD VALUE {(Idempotent ? "IF NOT EXISTS " : "")}{Identifiers.Literal(labels[i])}";
            if (i == labels.Count - 1) { }
            else if (i > 0) sql += " AFTER " + Identifiers.Literal(labels[i - 1]);
            else sql += " BEFORE " + Identifiers.Literal(labels[i + 1]);
            var irreversible = Hazard(DiagnosticRules.IrreversibleDown, type.Name.ToString(), type.Location, $"enum {type.Name.ToSql()}",
                $"DOWN removes value {Identifiers.Literal(labels[i])} and fails if a row holds it");
            _plan.Add(new PlannedStatement(Phase.AlterTypes, sql + ";", $"add value {labels[i]} to enum {type.Name.Name}", new[] { irreversible })
            {
                NonTransactional = true,
            });
        }
    }

    private void AlterDomain(Domain old, Domain domain)
    {
        var prefix = $"ALTER DOMAIN {domain.Name.ToSql()}";
        var label = domain.Name.Name;
        if (!Equals(old.Default, domain.Default))
            _plan.Add(Phase.AlterTypes, domain.Default == null ? $"{prefix} DROP DEFAULT;" : $"{prefix} SET DEFAULT {domain.Default.Text};",
                $"change default of domain {label}");
        if (old.NotNull != domain.NotNull)
        {
            if (domain.NotNull)
                _plan.Add(Phase.AlterTypes, $"{prefix} SET NOT NULL;", $"set domain {label} NOT NULL",
                    Hazard(DiagnosticRules.SetNotNull, domain.Name.ToString(), domain.Location, "domain " + domain.Name.ToSql()));
            else
                _plan.Add(Phase.AlterTypes, $"{prefix} DROP NOT NULL;", $"drop NOT NULL of domain {label}");
        }
        foreach (var constraint in old.Constraints)
        {
            var kept = domain.Constraints.Find(c => c.Name == constraint.Name);
            if (kept != null && kept.Check == constraint.Check && kept.NotValid == constraint.NotValid) continue;
            if (kept != null && kept.Check == constraint.Check && constraint.NotValid)
            {
                _plan.Add(Phase.AlterTypes, $"{prefix} VALIDATE CONSTRAINT {SqlText.Name(constraint.Name)};", $"validate constraint {constraint.Name} of domain {label}",
                    Hazard(DiagnosticRules.ConstraintValidation, $"{domain.Name}.{constraint.Name}", kept.Location, $"constraint {constraint.Name}"));
                continue;
            }
            _plan.Add(Phase.AlterTypes, $"{prefix} DROP CONSTRAINT {IfExists}{SqlText.Name(constraint.Name)};", $"drop constraint {constraint.Name} of domain {label}");
        }
        foreach (var constraint in domain.Constraints)
        {
            var existing = old.Constraints.Find(c => c.Name == constraint.Name);
            if (existing != null && existing.Check == constraint.Check && (existing.NotValid || !constraint.NotValid)) continue;
            AddDomainConstraint(domain, constraint);
        }
    }

    private void AddDomainConstraint(Domain domain, DomainConstraint constraint)
    {
        var statement = $"ALTER DOMAIN {domain.Name.ToSql()} ADD CONSTRAINT {SqlText.Name(constraint.Name)} CHECK ({constraint.Check.Text}){(constraint.NotValid ? " NOT VALID" : "")};";
        var sql = Guarded($"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE contypid = {TypeLiteral(domain.Name)}::regtype AND conname = {Identifiers.Literal(constraint.Name)})", statement);
        var hazards = constraint.NotValid
            ? Array.Empty<Hazard>()
            : new[] { Hazard(DiagnosticRules.ConstraintValidation, $"{domain.Name}.{constraint.Name}", constraint.Location, $"constraint {constraint.Name}") };
        _plan.Add(Phase.AlterTypes, sql, $"add constraint {constraint.Name} to domain {domain.Name.Name}", hazards);
    }

    private void AlterComposite(CompositeType old, CompositeType type)
    {
        var prefix = $"ALTER TYPE {type.Name.ToSql()}";
        foreach (var attribute in old.Attributes.Where(a => type.Attributes.All(n => n.Name != a.Name)))
            _plan.Add(Phase.AlterTypes, $"{prefix} DROP ATTRIBUTE {IfExists}{SqlText.Name(attribute.Name)};", $"drop attribute {type.Name.Name}.{attribute.Name}");
        foreach (var attribute in type.Attributes)
        {
            var existing = old.Attributes.Find(a => a.Name == attribute.Name);
            if (existing == null)
            {
                var statement = $"{prefix} ADD ATTRIBUTE {AttributeDefinition(attribute)};";
                var sql = Guarded($"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = (SELECT typrelid FROM pg_catalog.pg_type WHERE oid = {TypeLiteral(type.Name)}::regtype) AND attname = {Identifiers.Literal(attribute.Name)} AND NOT attisdropped)", statement);
                _plan.Add(Phase.AlterTypes, sql, $"add attribute {type.Name.Name}.{attribute.Name}");
            }
            else if (existing.Type != attribute.Type || existing.Collation != attribute.Collation)
            {
                var sql = $"{prefix} ALTER ATTRIBUTE {SqlText.Name(attribute.Name)} TYPE {attribute.Type.Sql}" + (attribute.Collation != null ? " COLLATE " + attribute.Collation : "");
                _plan.Add(Phase.AlterTypes, sql + ";", $"change type of attribute {type.Name.Name}.{attribute.Name}");
            }
        }
    }

    /// <summary>
    /// Re-creates a type under a temporary name, converts every column that stores it (through
    /// text, with defaults dropped around the conversion), drops the old type and renames the new
    /// one. Domains and composite types built on it cannot outlive the drop: they are rebuilt with
    /// it, pointing at the new type.
    /// </summary>
    private void RebuildType(UserType old, UserType type)
    {
        var group = new List<(UserType Old, UserType New, QualifiedName Temporary)> { (old, type, TemporaryName(type.Name)) };
        foreach (var candidate in _old.Types.Values)
        {
            if (group.Any(g => g.Old == candidate) || _rebuiltTypes.Contains(candidate.Name)) continue;
            if (!candidate.UsedTypes.Any(u => u.UserType is { } used && group.Any(g => g.Old.Name == used))) continue;
            var target = _new.Types.Find(candidate.Name);
            if (target == null || target.GetType() != candidate.GetType()) continue;
            group.Add((candidate, target, TemporaryName(candidate.Name)));
        }
        var renames = group.ToDictionary(g => g.Old.Name, g => g.Temporary);
        DataType Retarget(DataType data) => data.UserType is { } used && renames.TryGetValue(used, out var to) ? TypeNames.Retarget(data, to) : data;

        var statements = new List<string>();
        var hazards = new List<Hazard>();
        var restoreDefaults = new List<string>();
        if (old is EnumType oldEnum && type is EnumType newEnum)
        {
            var removed = oldEnum.Labels.Where(l => !newEnum.Labels.Contains(l)).ToList();
            if (removed.Count > 0 && ColumnsUsing(_old, old.Name).Any())
                hazards.Add(Hazard(DiagnosticRules.EnumValueRemoved, type.Name.ToString(), type.Location,
                    string.Join(", ", removed.Select(Identifiers.Literal)), type.Name.ToSql()));
        }
        foreach (var member in group)
        {
            _rebuiltTypes.Add(member.New.Name);
            statements.AddRange(CreateTypeStatements(WithTypes(member.New, Retarget), member.Temporary));
        }
        foreach (var member in group) DropDependentsOfConvertedColumns(member.Old.Name, statements);
        foreach (var member in group)
        {
            // Only a domain's own base type change has a direct cast; everything else goes through text.
            var direct = member.Old == old && old is Domain && type is Domain;
            foreach (var (table, column) in ColumnsUsing(_old, member.Old.Name))
            {
                var alter = $"ALTER TABLE {table.Name.ToSql()} ALTER COLUMN {SqlText.Name(column.Name)}";
                if (column.Default != null)
                {
                    statements.Add($"{alter} DROP DEFAULT;");
                    var kept = _new.Tables.Find(table.Name)?.FindColumn(column.Name);
                    if (kept != null && kept.Type.Sql == column.Type.Sql && kept.Default != null)
                        restoreDefaults.Add($"{alter} SET DEFAULT {kept.Default.Text};");
                }
                var temporary = member.Temporary;
                var suffix = column.Type.Sql.Substring(member.Old.Name.ToSql().Length);
                var arrays = suffix.EndsWith("[]", StringComparison.Ordinal) ? "[]" : "";
                var name = SqlText.Name(column.Name);
                var conversion = member.Old is CompositeType oldComposite && WithTypes(member.New, Retarget) is CompositeType newComposite && arrays == ""
                    ? RowConversion(name, oldComposite, newComposite, temporary)
                    : name + (direct ? $"::{temporary.ToSql()}{suffix}" : $"::text{arrays}::{temporary.ToSql()}{suffix}");
                statements.Add($"{alter} TYPE {temporary.ToSql()}{suffix} USING {conversion};");
                hazards.Add(Hazard(DiagnosticRules.TableRewrite, $"{table.Name}.{column.Name}", type.Location,
                    $"Re-creating {type.Keyword.ToLowerInvariant()} {type.Name.ToSql()}", table.Name.ToSql()));
            }
        }
        foreach (var member in Enumerable.Reverse(group)) statements.Add($"DROP {member.Old.Keyword} {member.Old.Name.ToSql()};");
        foreach (var member in group)
            statements.Add($"ALTER {member.New.Keyword} {member.Temporary.ToSql()} RENAME TO {SqlText.Name(member.New.Name.Name)};");
        // pg_type keeps a domain default's text as created, naming the temporary type: set it again.
        foreach (var member in group)
            if (member.New is Domain { Default: { } domainDefault })
                statements.Add($"ALTER DOMAIN {member.New.Name.ToSql()} SET DEFAULT {domainDefault.Text};");
        statements.AddRange(restoreDefaults);
        AddStatements(Phase.AlterTypes, RebuildCondition(type), statements, $"rebuild {type.Keyword.ToLowerInvariant()} {type.Name.Name}", hazards.ToArray());
    }

    private static QualifiedName TemporaryName(QualifiedName name) =>
        new(name.Schema, ObjectNaming.MakeObjectName(name.Name, null, "sgtmp"));

    /// <summary>A copy of <paramref name="type"/> whose references to other types pass through <paramref name="map"/>.</summary>
    private static UserType WithTypes(UserType type, Func<DataType, DataType> map)
    {
        switch (type)
        {
            case Domain d:
            {
                var copy = new Domain(d.Name, map(d.BaseType), d.Location) { Collation = d.Collation, Default = d.Default, NotNull = d.NotNull };
                copy.Constraints.AddRange(d.Constraints);
                return copy;
            }
            case CompositeType c:
            {
                var copy = new CompositeType(c.Name, c.Location);
                copy.Attributes.AddRange(c.Attributes.Select(a => a with { Type = map(a.Type) }));
                return copy;
            }
            default:
                return type;
        }
    }

    /// <summary>
    /// A composite value rebuilt attribute by attribute (by name, so reordering keeps values);
    /// new attributes start NULL. A NULL value stays NULL (its text form is NULL, unlike a row of NULLs).
    /// </summary>
    private static string RowConversion(string column, CompositeType old, CompositeType type, QualifiedName temporary)
    {
        var fields = type.Attributes.Select(a => old.Attributes.Any(o => o.Name == a.Name)
            ? $"({column}).{SqlText.Name(a.Name)}" + (a.Type.UserType == null ? "" : "::text" + (a.Type.Sql.EndsWith("[]", StringComparison.Ordinal) ? "[]" : "")) + "::" + a.Type.Sql
            : $"NULL::{a.Type.Sql}");
        return $"CASE WHEN {column}::text IS NULL THEN NULL ELSE ROW({string.Join(", ", fields)})::{temporary.ToSql()} END";
    }

    /// <summary>
    /// CHECK constraints and index expressions or predicates that read a converted column hold
    /// literals of the old type (<c>'a'::mood</c>), which PostgreSQL cannot re-apply to the new
    /// type: they are dropped before the conversion and, when the target keeps them unchanged,
    /// added again afterwards (changed ones are planned by the constraint and index diff).
    /// </summary>
    private void DropDependentsOfConvertedColumns(QualifiedName type, List<string> statements)
    {
        foreach (var table in _old.Tables.Values)
        {
            var columns = table.Columns.Where(c => c.Type.UserType == type).Select(c => c.Name).ToList();
            if (columns.Count == 0) continue;
            var newTable = _new.Tables.Find(table.Name);
            foreach (var constraint in table.Constraints.Where(c => c.Kind == ConstraintKind.Check && columns.Any(n => Mentions(c.Check!, n))))
            {
                statements.Add($"ALTER TABLE {table.Name.ToSql()} DROP CONSTRAINT IF EXISTS {SqlText.Name(constraint.Name)};");
                var kept = newTable?.FindConstraint(constraint.Name);
                if (kept != null && ConstraintKey(kept) == ConstraintKey(constraint)) AddConstraint(newTable!, kept, existingTable: false);
            }
            foreach (var index in _old.Indexes.Values.Where(i => i.Table == table.Name && columns.Any(n => IndexReadsInExpression(i, n))))
            {
                statements.Add($"DROP INDEX IF EXISTS {index.Name.ToSql()};");
                var kept = _new.Indexes.Find(index.Name);
                if (kept != null && SqlText.IndexKey(kept) == SqlText.IndexKey(index))
                    _plan.Add(Phase.CreateIndexes, $"CREATE {(kept.Unique ? "UNIQUE " : "")}INDEX {IfNotExists}{SqlText.Name(kept.Name.Name)} {SqlText.IndexBody(kept)};",
                        $"create index {kept.Name.Name}");
            }
        }
    }

    private static bool IndexReadsInExpression(Model.Index index, string column) =>
        index.Where != null && Mentions(index.Where, column)
        || index.Elements.Any(e => e.Expression != null && Mentions(e.Expression, column));

    /// <summary>True while the database still holds the old definition (a re-run after success does nothing).</summary>
    private static string RebuildCondition(UserType type)
    {
        var oid = $"{TypeLiteral(type.Name)}::regtype";
        return type switch
        {
            EnumType e => $"(SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = {oid}) IS DISTINCT FROM ARRAY[{string.Join(", ", e.Labels.Select(Identifiers.Literal))}]::text[]",
            Domain d => $"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_collation c ON c.oid = t.typcollation WHERE t.oid = {oid} AND t.typtype = 'd' AND pg_catalog.format_type(t.typbasetype, t.typtypmod) = {Identifiers.Literal(d.BaseType.Sql)})",
            CompositeType c => $"(SELECT string_agg(attname || ' ' || pg_catalog.format_type(atttypid, atttypmod), ', ' ORDER BY attnum) FROM pg_catalog.pg_attribute WHERE attrelid = (SELECT typrelid FROM pg_catalog.pg_type WHERE oid = {oid}) AND attnum > 0 AND NOT attisdropped) IS DISTINCT FROM {Identifiers.Literal(string.Join(", ", c.Attributes.Select(a => a.Name + " " + a.Type.Sql)))}",
            _ => "true",
        };
    }

    /// <summary>The USING cast of a column retyped from <paramref name="from"/> to <paramref name="to"/>, or null when none is needed.</summary>
    private string? UsingCast(DataType from, DataType to)
    {
        // Between user types (enum to enum, domain over an enum to an enum, ...) no cast exists;
        // every value converts through its text form.
        if (from.UserType is { } source && _old.Types.ContainsKey(source) && to.UserType != null)
        {
            var arrays = from.Sql.EndsWith("[]", StringComparison.Ordinal) ? "[]" : "";
            return $"::text{arrays}::{to.Sql}";
        }
        if (!NeedsUsing(from, to)) return null;
        // PostgreSQL has no cast between numbers and dates or times; going through text keeps
        // values that read as the new type and fails loudly on the others.
        return NoDirectCast(from, to) ? "::text::" + to.Sql : "::" + to.Sql;
    }

    private bool TypeCommentSurvives(CommentTarget target)
    {
        if (_rebuiltTypes.Contains(target.Object)) return false;
        var old = _old.Types.Find(target.Object);
        var type = _new.Types.Find(target.Object);
        if (old == null || type == null || old.GetType() != type.GetType()) return false;
        if (target.Member == null) return true;
        var oldConstraint = (old as Domain)?.Constraints.Find(c => c.Name == target.Member);
        var constraint = (type as Domain)?.Constraints.Find(c => c.Name == target.Member);
        return oldConstraint != null && constraint != null && oldConstraint.Check == constraint.Check;
    }

    private bool TypeCommentTargetExists(CommentTarget target)
    {
        var type = _new.Types.Find(target.Object);
        if (type == null) return false;
        return target.Member == null || type is Domain d && d.Constraints.Any(c => c.Name == target.Member);
    }

    private static string TypeCommentTargetSql(CommentTarget target) =>
        target.Member == null
            ? $"{(target.Kind == ObjectKind.Domain ? "DOMAIN" : "TYPE")} {target.Object.ToSql()}"
            : $"CONSTRAINT {Identifiers.Quote(target.Member)} ON DOMAIN {target.Object.ToSql()}";
}
