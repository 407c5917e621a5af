using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;
using SchemaGen.Core.Parsing;
using SchemaGen.Core.Syntax;
using SchemaGen.Core.Text;

namespace SchemaGen.Core.Binding;

/// <summary>
/// Runs a schema file's statements against an empty catalog the way PostgreSQL would, applying
/// its rules: identifier folding (done by the lexer), canonical types, serial expansion,
/// generated names, inline constraints moved to their table. Problems become diagnostics.
/// </summary>
internal sealed partial class Binder
{
    private const string DefaultSchema = "public";

    private readonly ParseResult _parse;
    private readonly LineMap _lines;
    private readonly Catalog _catalog = new();
    private readonly List<SchemaDiagnostic> _diagnostics = new();

    /// <summary>CREATE SCHEMA statements not bound yet, so that a use before them binds them first.</summary>
    private readonly Dictionary<string, CreateSchemaSyntax> _laterSchemas = new(StringComparer.Ordinal);
    private readonly HashSet<StatementSyntax> _boundEarly = new();

    /// <summary>Statements waiting for an object defined further down (see <see cref="CanWait"/>).</summary>
    private readonly List<StatementSyntax> _waiting = new();

    private Binder(ParseResult parse)
    {
        _parse = parse;
        _lines = new LineMap(parse.Source);
    }

    public static (Catalog Catalog, IReadOnlyList<SchemaDiagnostic> Diagnostics) Bind(ParseResult parse)
    {
        var binder = new Binder(parse);
        foreach (var statement in parse.Statements.OfType<CreateSchemaSyntax>())
            if (!binder._laterSchemas.ContainsKey(statement.Name)) binder._laterSchemas[statement.Name] = statement;
        foreach (var statement in parse.Statements)
        {
            if (binder._boundEarly.Contains(statement)) continue;
            var waits = CanWait(statement);
            if (!binder.Try(() => binder.BindTrackingNames(statement), report: !waits) && waits)
            {
                binder._waiting.Add(statement);
                continue;
            }
            binder.BindReadyForeignKeys(statement);
            if (binder._waiting.Count > 0) binder.RetryWaiting(report: false);
        }
        binder.BindRemainingForeignKeys();
        binder.RetryWaiting(report: false);
        binder.RetryWaiting(report: true);
        // Statements bound late report in file order all the same.
        var diagnostics = binder._diagnostics.OrderBy(d => d.Location.Start).ToList();
        return (binder._catalog, diagnostics);
    }

    /// <summary>
    /// Statements that only describe an existing object and change nothing before their checks
    /// pass: when what they name is defined further down, they wait for it instead of failing.
    /// </summary>
    private static bool CanWait(StatementSyntax statement) => statement is CommentSyntax or CreateIndexSyntax;

    /// <summary>Binds the waiting statements that can bind now; with <paramref name="report"/>, the rest fail.</summary>
    private void RetryWaiting(bool report)
    {
        for (var i = 0; i < _waiting.Count; i++)
        {
            var statement = _waiting[i];
            var bound = Try(() => BindTrackingNames(statement), report);
            if (!bound && !report) continue;
            _waiting.RemoveAt(i);
            // What it defined may be what an earlier waiting statement needs.
            i = bound ? -1 : i - 1;
        }
    }

    private bool Try(Action bind, bool report = true)
    {
        try
        {
            bind();
            return true;
        }
        catch (BindException ex)
        {
            if (report) _diagnostics.Add(new SchemaDiagnostic(DiagnosticRules.InvalidSchema, ex.Message, Locate(ex.Node)));
            return false;
        }
    }

    private void BindStatement(StatementSyntax statement)
    {
        switch (statement)
        {
            case CreateSchemaSyntax s: BindCreateSchema(s); break;
            case CreateExtensionSyntax s: BindCreateExtension(s); break;
            case CreateCollationSyntax s: BindCreateCollation(s); break;
            case CreateSequenceSyntax s: BindCreateSequence(s); break;
            case AlterSequenceSyntax s: BindAlterSequence(s); break;
            case CreateTableSyntax s: BindCreateTable(s); break;
            case CreateIndexSyntax s: BindCreateIndex(s); break;
            case AlterTableSyntax s: BindAlterTable(s); break;
            case DropSyntax s: BindDrop(s); break;
            case CommentSyntax s: BindComment(s); break;
            case RenameIndexSyntax s: BindRenameIndex(s); break;
            case CreateEnumSyntax s: BindCreateEnum(s); break;
            case CreateCompositeSyntax s: BindCreateComposite(s); break;
            case CreateDomainSyntax s: BindCreateDomain(s); break;
            case AlterTypeSyntax s: BindAlterType(s); break;
            case AlterDomainSyntax s: BindAlterDomain(s); break;
            case CreateViewSyntax s: BindCreateView(s); break;
            case AlterViewSyntax s: BindAlterView(s); break;
            case CreateFunctionSyntax s: BindCreateFunction(s); break;
            case DropRoutineSyntax s: BindDropRoutine(s); break;
            case CreateTriggerSyntax s: BindCreateTrigger(s); break;
            case DropTableMemberSyntax s: BindDropTableMember(s); break;
            case CreatePolicySyntax s: BindCreatePolicy(s); break;
            case AlterPolicySyntax s: BindAlterPolicy(s); break;
            case IgnoredStatementSyntax: break;
            default: throw new BindException($"statement {statement.GetType().Name} is not supported", statement);
        }
    }

    internal SourceLocation Locate(SyntaxNode node) => _lines.Locate(_parse.Path, node.Start, node.Length);

    private SourceLocation Locate(int start, int end) => _lines.Locate(_parse.Path, start, end - start);

    private QualifiedName Resolve(NameSyntax name)
    {
        if (name.Parts.Count > 2 && name.Parts.Count != 3)
            throw new BindException($"improper qualified name (too many dotted names): {name}", name);
        return new QualifiedName(name.Schema ?? DefaultSchema, name.Name);
    }

    /// <summary>
    /// A schema file is declarative: a schema created further down is created now; one the file
    /// never creates is assumed to exist outside it (SG0010) and left alone by migrations.
    /// </summary>
    private void RequireSchema(string schema, SyntaxNode node)
    {
        if (schema == DefaultSchema || _catalog.Schemas.ContainsKey(schema) || _catalog.AssumedSchemas.Contains(schema)) return;
        if (_laterSchemas.TryGetValue(schema, out var later) && !_boundEarly.Contains(later))
        {
            _boundEarly.Add(later);
            BindCreateSchema(later);
            return;
        }
        _catalog.AssumedSchemas.Add(schema);
        _diagnostics.Add(new SchemaDiagnostic(DiagnosticRules.UndeclaredSchema, DiagnosticRules.UndeclaredSchema.Format(schema), Locate(node)));
    }

    private Expression Normalize(ExpressionSyntax expression) => ExpressionNormalizer.Create(_parse.Lex, expression);

    private void BindCreateSchema(CreateSchemaSyntax statement)
    {
        if (statement.Name == DefaultSchema || _catalog.Schemas.ContainsKey(statement.Name))
        {
            if (statement.IfNotExists || statement.Name == DefaultSchema) return;
            throw new BindException($"schema \"{statement.Name}\" already exists", statement);
        }
        _catalog.Schemas[statement.Name] = Locate(statement);
    }

    private void BindCreateExtension(CreateExtensionSyntax statement)
    {
        if (_catalog.Extensions.ContainsKey(statement.Name))
        {
            if (statement.IfNotExists) return;
            throw new BindException($"extension \"{statement.Name}\" already exists", statement);
        }
        _catalog.Extensions[statement.Name] = new Extension(statement.Name, statement.Schema, statement.Version, Locate(statement));
    }

    private void BindComment(CommentSyntax statement)
    {
        CommentTarget target;
        var viewTarget = ViewCommentTarget(statement);
        switch (viewTarget is null ? statement.Kind : ObjectKind.View)
        {
            case ObjectKind.View:
                target = viewTarget!.Value;
                break;
            case ObjectKind.Column:
            {
                if (statement.Target.Parts.Count < 2) throw new BindException("column name must be qualified", statement.Target);
                var parts = statement.Target.Parts;
                var table = new QualifiedName(parts.Count >= 3 ? parts[parts.Count - 3] : DefaultSchema, parts[parts.Count - 2]);
                var column = parts[parts.Count - 1];
                if (RequireTable(table, statement.Target).FindColumn(column) is null)
                    throw new BindException($"column \"{column}\" of relation \"{table.Name}\" does not exist", statement.Target);
                target = new CommentTarget(ObjectKind.Column, table, column);
                break;
            }
            case ObjectKind.Constraint when statement.OnDomain:
            case ObjectKind.Type:
            case ObjectKind.Domain:
                target = TypeCommentTarget(statement);
                break;
            case ObjectKind.Constraint:
            {
                var table = Resolve(statement.OnTable!);
                if (RequireTable(table, statement.OnTable!).FindConstraint(statement.Target.Name) is null)
                    throw new BindException($"constraint \"{statement.Target.Name}\" for table \"{table.Name}\" does not exist", statement.Target);
                target = new CommentTarget(ObjectKind.Constraint, table, statement.Target.Name);
                break;
            }
            case ObjectKind.Schema:
            case ObjectKind.Extension:
                target = new CommentTarget(statement.Kind, new QualifiedName("", statement.Target.Name), null);
                break;
            case ObjectKind.Table:
                RequireTable(Resolve(statement.Target), statement.Target);
                target = new CommentTarget(statement.Kind, Resolve(statement.Target), null);
                break;
            case ObjectKind.Index:
                if (!_catalog.Indexes.ContainsKey(Resolve(statement.Target)) && FindConstraintIndex(Resolve(statement.Target)) is null)
                    throw new BindException($"index \"{statement.Target}\" does not exist", statement.Target);
                target = new CommentTarget(statement.Kind, Resolve(statement.Target), null);
                break;
            case ObjectKind.Sequence:
                if (!_catalog.Sequences.ContainsKey(Resolve(statement.Target)))
                    throw new BindException($"sequence \"{statement.Target}\" does not exist", statement.Target);
                target = new CommentTarget(statement.Kind, Resolve(statement.Target), null);
                break;
            case ObjectKind.Function:
            case ObjectKind.Procedure:
                target = BindRoutineCommentTarget(statement);
                break;
            case ObjectKind.Trigger:
            case ObjectKind.Policy:
                target = BindTableMemberCommentTarget(statement);
                break;
            case ObjectKind.Collation:
                if (!_catalog.Collations.ContainsKey(Resolve(statement.Target)))
                    throw new BindException($"collation \"{statement.Target}\" for encoding \"UTF8\" does not exist", statement.Target);
                target = new CommentTarget(statement.Kind, Resolve(statement.Target), null);
                break;
            default:
                throw new BindException($"comments on {statement.Kind} are not supported", statement);
        }
        if (statement.Text is null || statement.Text.Length == 0) _catalog.Comments.Remove(target);
        else _catalog.Comments.Set(target, statement.Text);
    }

    private Table RequireTable(QualifiedName name, SyntaxNode node) =>
        _catalog.Tables.Find(name) ?? throw new BindException($"relation \"{name.Name}\" does not exist", node);

    /// <summary>The table and constraint whose index has this name (PK, UNIQUE, EXCLUDE).</summary>
    private (Table Table, Constraint Constraint)? FindConstraintIndex(QualifiedName index)
    {
        foreach (var table in _catalog.Tables.Values)
        {
            if (table.Name.Schema != index.Schema) continue;
            foreach (var constraint in table.Constraints)
                if (constraint.Name == index.Name && constraint.Kind is ConstraintKind.PrimaryKey or ConstraintKind.Unique or ConstraintKind.Exclude)
                    return (table, constraint);
        }
        return null;
    }
}
