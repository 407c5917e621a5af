using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;
using SchemaGen.Core.Writing;

namespace SchemaGen.Core.Planning;

/// <summary>
/// Diffs two catalogs object kind by object kind and plans the statements that turn the old
/// one into the new one, each tagged with its phase and its hazards.
/// </summary>
internal sealed partial class DirectionPlanner
{
    private readonly Catalog _old;
    private readonly Catalog _new;
    private readonly MigrationOptions _options;
    private readonly PlanBuilder _plan = new();

    public DirectionPlanner(Catalog old, Catalog @new, MigrationOptions options)
    {
        _old = old;
        _new = @new;
        _options = options;
    }

    private bool Idempotent => _options.Idempotent;

    private string IfExists => Idempotent ? "IF EXISTS " : "";

    private string IfNotExists => Idempotent ? "IF NOT EXISTS " : "";

    public IReadOnlyList<PlannedStatement> Plan()
    {
        PlanSchemas();
        PlanExtensions();
        PlanCollations();
        PlanTypes();
        PlanTables();
        PlanSequences();
        PlanIndexes();
        // After tables and indexes: it needs every dropped key and retyped column.
        PlanForeignKeysToRebuild();
        PlanViews();
        PlanRoutines();
        PlanComments();
        return _plan.Ordered();
    }

    private void PlanSchemas()
    {
        // A schema one side only assumes (SG0010) exists on the database either way.
        foreach (var schema in _new.Schemas.Keys.Where(s => !_old.Schemas.ContainsKey(s) && !_old.AssumedSchemas.Contains(s)))
            _plan.Add(Phase.CreateSchemas, $"CREATE SCHEMA {IfNotExists}{Identifiers.Quote(schema)};", $"create schema {schema}");
        foreach (var schema in _old.Schemas.Keys.Where(s => !_new.Schemas.ContainsKey(s) && !_new.AssumedSchemas.Contains(s)))
            _plan.Add(Phase.DropSchemas, $"DROP SCHEMA {IfExists}{Identifiers.Quote(schema)};", $"drop schema {schema}");
    }

    private void PlanExtensions()
    {
        foreach (var extension in _new.Extensions.Values.Where(e => !_old.Extensions.ContainsKey(e.Name)))
        {
            var sql = $"CREATE EXTENSION {IfNotExists}{Identifiers.Quote(extension.Name)}";
            if (extension.Schema != null) sql += " SCHEMA " + Identifiers.Quote(extension.Schema);
            if (extension.Version != null) sql += " VERSION " + Identifiers.Literal(extension.Version);
            _plan.Add(Phase.CreateExtensions, sql + ";", $"create extension {extension.Name}");
        }
        foreach (var extension in _old.Extensions.Values.Where(e => !_new.Extensions.ContainsKey(e.Name)))
            _plan.Add(Phase.DropExtensions, $"DROP EXTENSION {IfExists}{Identifiers.Quote(extension.Name)};", $"drop extension {extension.Name}");
    }

    private void PlanComments()
    {
        foreach (var target in _new.Comments.Keys)
        {
            var text = _new.Comments.Find(target)!;
            if (_old.Comments.Find(target) == text && ObjectSurvives(target)) continue;
            _plan.Add(Phase.Comments, $"COMMENT ON {CommentTargetSql(target)} IS {Identifiers.Literal(text)};", $"comment on {Describe(target)}");
        }
        foreach (var target in _old.Comments.Keys)
        {
            if (_new.Comments.ContainsKey(target) || !ObjectExistsInNew(target)) continue;
            _plan.Add(Phase.Comments, $"COMMENT ON {CommentTargetSql(target)} IS NULL;", $"remove comment on {Describe(target)}");
        }
    }

    /// <summary>Whether the commented object is kept as is (a re-created object loses its comment).</summary>
    private bool ObjectSurvives(CommentTarget target) => !(target.Kind is ObjectKind.Table or ObjectKind.Column or ObjectKind.Constraint && IsRecreated(target.Object)) && target.Kind switch
    {
        ObjectKind.Table => _old.Tables.ContainsKey(target.Object),
        ObjectKind.Column when _old.Views.ContainsKey(target.Object) => ViewSurvives(target.Object),
        ObjectKind.Column => _old.Tables.Find(target.Object)?.FindColumn(target.Member!) != null
                             && !ColumnIsRecreated(_old.Tables.Find(target.Object)!, target.Member!),
        ObjectKind.View or ObjectKind.MaterializedView => ViewSurvives(target.Object),
        ObjectKind.Constraint => _old.Tables.Find(target.Object)?.FindConstraint(target.Member!) is { } c
                                 && _new.Tables.Find(target.Object)?.FindConstraint(target.Member!) is { } n
                                 && ConstraintKey(c) == ConstraintKey(n),
        ObjectKind.Index => _old.Indexes.Find(target.Object) is { } i && _new.Indexes.Find(target.Object) is { } j
                            && SqlText.IndexKey(i) == SqlText.IndexKey(j) && !_rebuiltViews.Contains(i.Table),
        ObjectKind.Sequence => _old.Sequences.ContainsKey(target.Object),
        ObjectKind.Schema => _old.Schemas.ContainsKey(target.Object.Name),
        ObjectKind.Extension => _old.Extensions.ContainsKey(target.Object.Name),
        ObjectKind.Collation => _old.Collations.Find(target.Object)?.Key is { } key && key == _new.Collations.Find(target.Object)?.Key,
        ObjectKind.Type or ObjectKind.Domain => TypeCommentSurvives(target),
        ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Trigger or ObjectKind.Policy => RoutineSurvives(target),
        _ => false,
    };

    private bool ObjectExistsInNew(CommentTarget target) => target.Kind switch
    {
        ObjectKind.Table => _new.Tables.ContainsKey(target.Object),
        ObjectKind.Column => _new.Tables.Find(target.Object)?.FindColumn(target.Member!) != null || _new.Views.ContainsKey(target.Object),
        ObjectKind.View or ObjectKind.MaterializedView => _new.Views.ContainsKey(target.Object),
        ObjectKind.Constraint => _new.Tables.Find(target.Object)?.FindConstraint(target.Member!) != null,
        ObjectKind.Index => _new.Indexes.ContainsKey(target.Object),
        ObjectKind.Sequence => _new.Sequences.ContainsKey(target.Object),
        ObjectKind.Schema => _new.Schemas.ContainsKey(target.Object.Name),
        ObjectKind.Extension => _new.Extensions.ContainsKey(target.Object.Name),
        ObjectKind.Collation => _new.Collations.ContainsKey(target.Object),
        ObjectKind.Type or ObjectKind.Domain => TypeCommentTargetExists(target),
        ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Trigger or ObjectKind.Policy => RoutineExistsInNew(target),
        _ => false,
    };

    private static string CommentTargetSql(CommentTarget target) => target.Kind switch
    {
        ObjectKind.Column => $"COLUMN {target.Object.ToSql()}.{Identifiers.Quote(target.Member!)}",
        ObjectKind.Constraint => $"CONSTRAINT {Identifiers.Quote(target.Member!)} ON {target.Object.ToSql()}",
        ObjectKind.Schema => $"SCHEMA {Identifiers.Quote(target.Object.Name)}",
        ObjectKind.Extension => $"EXTENSION {Identifiers.Quote(target.Object.Name)}",
        ObjectKind.Type or ObjectKind.Domain => TypeCommentTargetSql(target),
        ObjectKind.MaterializedView => $"MATERIALIZED VIEW {target.Object.ToSql()}",
        ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Trigger or ObjectKind.Policy => RoutineCommentSql(target),
        _ => $"{target.Kind.ToString().ToUpperInvariant()} {target.Object.ToSql()}",
    };

    private static string Describe(CommentTarget target) =>
        target.Kind.ToString().ToLowerInvariant() + " " + (target.Member is null ? target.Object.Name : target.Object.Name + "." + target.Member);

    private static Hazard Hazard(Diagnostics.DiagnosticRule rule, string objectName, Text.SourceLocation? location, params object[] args) =>
        new(rule, rule.Format(args), objectName, location is { Path.Length: > 0 } ? location : null);

    /// <summary>Wraps a statement in a DO block that runs it only when <paramref name="condition"/> holds.</summary>
    private string Guarded(string condition, string statement)
    {
        if (!Idempotent) return statement;
        var body = $"BEGIN\n    IF {condition} THEN\n        {statement}\n    END IF;\nEND\n";
        var tag = SqlText.DollarTag(body);
        return $"DO {tag}\n{body}{tag};";
    }
}
