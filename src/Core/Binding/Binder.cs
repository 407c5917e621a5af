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

    private Binder(ParseResult parse)
    {
        _parse = parse;
        _lines = new LineMap(parse.Source);
    }

    public static (Catalog Catalog, IReadOnlyList<SchemaDiagnostic> Diagnostics) Bind(ParseResult parse)
    {
        var binder = new Binder(parse);
        foreach (var statement in parse.Statements)
        {
            try
            {
                binder.BindTrackingNames(statement);
            }
            catch (BindException ex)
            {
                binder._diagnostics.Add(new SchemaDiagnostic(DiagnosticRules.InvalidSchema, ex.Message, binder.Locate(ex.Node)));
            }
        }
        return (binder._catalog, binder._diagnostics);
    }

    private void BindStatement(StatementSyntax statement)
    {
        switch (statement)
        {
            case CreateSchemaSyntax s: BindCreateSchema(s); break;
            case CreateExtensionSyntax s: BindCreateExtension(s); break;
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

    private void RequireSchema(string schema, SyntaxNode node)
    {
        if (schema == DefaultSchema || _catalog.Schemas.ContainsKey(schema)) return;
        throw new BindException($"schema \"{schema}\" does not exist", node);
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
