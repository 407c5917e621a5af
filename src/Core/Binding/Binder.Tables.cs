using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

internal sealed partial class Binder
{
    /// <summary>Constraints of one CREATE TABLE or ALTER TABLE, named together the way PostgreSQL does.</summary>
    private sealed class PendingConstraints
    {
        public List<(ConstraintSyntax Syntax, IReadOnlyList<string> Columns)> Checks { get; } = new();
        public List<(ConstraintSyntax Syntax, IReadOnlyList<string> Columns)> Indexed { get; } = new();
        public List<(ConstraintSyntax Syntax, IReadOnlyList<string> Columns)> ForeignKeys { get; } = new();

        /// <summary>Constraints written in CREATE TABLE, where PostgreSQL ignores NOT VALID on a CHECK (the table is empty).</summary>
        public bool InCreateTable { get; init; }
    }

    /// <summary>Tables ever named in INHERITS: an ALTER TABLE on one can change its children too.</summary>
    private readonly HashSet<QualifiedName> _inheritanceParents = new();

    private void BindCreateTable(CreateTableSyntax statement)
    {
        var name = Resolve(statement.Name);
        RequireSchema(name.Schema, statement.Name);
        if (_catalog.Tables.ContainsKey(name))
        {
            if (statement.IfNotExists) return;
            throw new BindException($"relation \"{name.Name}\" already exists", statement.Name);
        }
        if (IsRelationNameTaken(name.Schema, name.Name))
            throw new BindException($"relation \"{name.Name}\" already exists", statement.Name);
        // A table's row type takes the name in pg_type.
        if (_catalog.Types.ContainsKey(name))
            throw new BindException($"type \"{name.Name}\" already exists", statement.Name);

        var table = new Table(name, Locate(statement.Name))
        {
            Persistence = statement.Persistence,
            Options = statement.WithOptions.OrderBy(o => o, StringComparer.Ordinal).ToList(),
        };
        if (statement.PartitionBy != null) table.PartitionBy = Normalize(statement.PartitionBy);
        var pending = new PendingConstraints { InCreateTable = true };
        if (statement.PartitionOf != null)
        {
            BindPartitionOf(table, statement, pending);
        }
        else
        {
            var local = new HashSet<string>(StringComparer.Ordinal);
            foreach (var parentSyntax in statement.Inherits) InheritFrom(table, parentSyntax);
            foreach (var columnSyntax in statement.Columns)
            {
                if (!local.Add(columnSyntax.Name))
                    throw new BindException($"column \"{columnSyntax.Name}\" specified more than once", columnSyntax);
                var column = BindColumn(table, columnSyntax, pending);
                if (table.FindColumn(columnSyntax.Name) is { } inherited) MergeLocalColumn(inherited, column, columnSyntax);
                else table.Columns.Add(column);
            }
        }
        foreach (var constraint in statement.Constraints)
            CollectTableConstraint(constraint, pending);

        _catalog.Tables.Set(name, table);
        foreach (var column in table.Columns)
            if (column.SerialType != null) CreateSerialSequence(table, column);
        AddConstraints(table, pending);
    }

    /// <summary>
    /// A partition takes its parent's columns; its own column entries may only add NOT NULL,
    /// a default or constraints (<c>col WITH OPTIONS ...</c>).
    /// </summary>
    private void BindPartitionOf(Table table, CreateTableSyntax statement, PendingConstraints pending)
    {
        var parentName = Resolve(statement.PartitionOf!);
        var parent = RequireTable(parentName, statement.PartitionOf!);
        if (parent.PartitionBy == null)
            throw new BindException($"table \"{parentName.Name}\" is not partitioned", statement.PartitionOf!);
        table.PartitionOf = parentName;
        table.PartitionBound = Normalize(statement.PartitionBound!);
        foreach (var column in parent.Columns) table.Columns.Add(column.InheritedCopy());
        foreach (var columnSyntax in statement.Columns)
        {
            var column = table.FindColumn(columnSyntax.Name)
                ?? throw new BindException($"column \"{columnSyntax.Name}\" does not exist", columnSyntax);
            foreach (var constraint in columnSyntax.Constraints)
            {
                var single = new[] { columnSyntax.Name };
                switch (constraint.Kind)
                {
                    case ConstraintKind.NotNull: column.NotNull = true; break;
                    case ConstraintKind.Default: column.Default = Normalize(constraint.Expression!); break;
                    case ConstraintKind.Check: pending.Checks.Add((constraint, single)); break;
                    case ConstraintKind.PrimaryKey:
                    case ConstraintKind.Unique: pending.Indexed.Add((constraint, single)); break;
                    case ConstraintKind.ForeignKey: pending.ForeignKeys.Add((constraint, single)); break;
                    case ConstraintKind.Null: break;
                    default: throw new BindException($"{constraint.Kind} cannot be set on a partition's column", constraint);
                }
            }
        }
    }

    /// <summary>
    /// <c>INHERITS (parent)</c>: the child takes the parent's columns first, then its NOT NULL,
    /// defaults and CHECKs other than NO INHERIT ones; keys and indexes stay with the parent.
    /// </summary>
    private void InheritFrom(Table table, NameSyntax parentSyntax)
    {
        var parentName = Resolve(parentSyntax);
        var parent = RequireTable(parentName, parentSyntax);
        if (parent.PartitionBy != null)
            throw new BindException($"cannot inherit from partitioned table \"{parentName.Name}\"", parentSyntax);
        if (parent.PartitionOf != null)
            throw new BindException($"cannot inherit from partition \"{parentName.Name}\"", parentSyntax);
        if (table.Inherits.Contains(parentName))
            throw new BindException($"relation \"{parentName.Name}\" would be inherited from more than once", parentSyntax);
        foreach (var column in parent.Columns)
        {
            // Merging a column two parents share is legal in PostgreSQL but not modelled yet.
            if (table.FindColumn(column.Name) != null)
                throw new BindException($"table inheritance with a column (\"{column.Name}\") from more than one parent is not supported yet", parentSyntax);
            table.Columns.Add(column.InheritedCopy());
        }
        foreach (var check in parent.Constraints.Where(c => c.Kind == ConstraintKind.Check && !c.NoInherit))
        {
            if (table.FindConstraint(check.Name) != null)
                throw new BindException($"table inheritance with a CHECK (\"{check.Name}\") from more than one parent is not supported yet", parentSyntax);
            table.Constraints.Add(check.InheritedCopy());
        }
        table.Inherits.Add(parentName);
        _inheritanceParents.Add(parentName);
    }

    /// <summary>
    /// <c>ALTER TABLE child INHERIT parent</c>: the child must already have the parent's columns
    /// (same type, NOT NULL where the parent's is) and CHECKs, which become inherited yet stay its own.
    /// </summary>
    private void StartInheriting(Table table, NameSyntax parentSyntax)
    {
        var parentName = Resolve(parentSyntax);
        var parent = RequireTable(parentName, parentSyntax);
        if (table.PartitionOf != null || table.PartitionBy != null || parent.PartitionBy != null || parent.PartitionOf != null)
            throw new BindException("cannot change inheritance of a partition or partitioned table", parentSyntax);
        if (table.Inherits.Contains(parentName))
            throw new BindException($"relation \"{parentName.Name}\" would be inherited from more than once", parentSyntax);
        if (parentName == table.Name || TablesBelow(table).Any(t => t.Name == parentName))
            throw new BindException($"circular inheritance not allowed", parentSyntax);
        foreach (var parentColumn in parent.Columns)
        {
            var column = table.FindColumn(parentColumn.Name)
                ?? throw new BindException($"child table is missing column \"{parentColumn.Name}\"", parentSyntax);
            if (column.Type.Sql != parentColumn.Type.Sql)
                throw new BindException($"child table \"{table.Name.Name}\" has different type for column \"{column.Name}\"", parentSyntax);
            if (parentColumn.NotNull && !column.NotNull)
                throw new BindException($"column \"{column.Name}\" in child table must be marked NOT NULL", parentSyntax);
            if (column.Inherited)
                throw new BindException($"table inheritance with a column (\"{column.Name}\") from more than one parent is not supported yet", parentSyntax);
            column.Inherited = true;
            column.Local = true;
        }
        foreach (var check in parent.Constraints.Where(c => c.Kind == ConstraintKind.Check && !c.NoInherit))
            if (table.FindConstraint(check.Name) is not { Kind: ConstraintKind.Check } own || own.Check?.Normalized != check.Check?.Normalized)
                throw new BindException($"child table is missing constraint \"{check.Name}\"", parentSyntax);
        table.Inherits.Add(parentName);
        _inheritanceParents.Add(parentName);
    }

    /// <summary><c>ALTER TABLE child NO INHERIT parent</c>: what the child inherited from it becomes its own.</summary>
    private void StopInheriting(Table table, NameSyntax parentSyntax)
    {
        var parentName = Resolve(parentSyntax);
        var parent = RequireTable(parentName, parentSyntax);
        if (!table.Inherits.Remove(parentName))
            throw new BindException($"relation \"{parentName.Name}\" is not a parent of relation \"{table.Name.Name}\"", parentSyntax);
        foreach (var parentColumn in parent.Columns)
            if (table.FindColumn(parentColumn.Name) is { } column)
                (column.Inherited, column.Local) = (false, false);
        foreach (var check in parent.Constraints)
            if (table.FindConstraint(check.Name) is { Inherited: true } copy)
                copy.Inherited = false;
    }

    /// <summary>A child's own column of an inherited name merges into the inherited one, as PostgreSQL does.</summary>
    private static void MergeLocalColumn(Column inherited, Column local, ColumnSyntax syntax)
    {
        if (inherited.Type.Sql != local.Type.Sql)
            throw new BindException($"column \"{local.Name}\" has a type conflict: {inherited.Type.Sql} versus {local.Type.Sql}", syntax);
        if (local.Identity != null || local.Generated != null || local.SerialType != null)
            throw new BindException($"an identity, generated or serial column merged into an inherited one (\"{local.Name}\") is not supported yet", syntax);
        inherited.Local = true;
        inherited.NotNull |= local.NotNull;
        if (local.Default != null) inherited.Default = local.Default;
        if (local.Collation != null) inherited.Collation = local.Collation;
    }

    /// <summary>Partitions and inheritance children directly below a table.</summary>
    private List<Table> ChildrenOf(Table table) =>
        _catalog.Tables.Values.Where(t => t.PartitionOf == table.Name || t.Inherits.Contains(table.Name)).ToList();

    /// <summary>A column added to a partitioned or inherited table reaches every table below it.</summary>
    private void PropagateColumn(Table parent, Column column, SyntaxNode at)
    {
        foreach (var child in ChildrenOf(parent))
        {
            // PostgreSQL merges into a child's own column of the same name.
            if (child.FindColumn(column.Name) is { } existing)
            {
                if (child.PartitionOf == null && !existing.Inherited)
                {
                    if (existing.Type.Sql != column.Type.Sql)
                        throw new BindException($"child table \"{child.Name.Name}\" has a different type for column \"{column.Name}\"", at);
                    existing.Inherited = true;
                    existing.Local = true;
                }
                continue;
            }
            var copy = column.InheritedCopy();
            child.Columns.Add(copy);
            PropagateColumn(child, copy, at);
        }
    }

    /// <summary>A CHECK added to a table with inheritance children reaches every child below it.</summary>
    private void PropagateCheck(Table parent, Constraint check, SyntaxNode at)
    {
        if (check.Kind != ConstraintKind.Check || check.NoInherit) return;
        foreach (var child in ChildrenOf(parent).Where(c => c.PartitionOf == null))
        {
            // PostgreSQL merges into the child's own CHECK of that name only when it is the same.
            if (child.FindConstraint(check.Name) is { } existing)
            {
                if (existing.Kind != ConstraintKind.Check || existing.Check?.Normalized != check.Check?.Normalized)
                    throw new BindException($"constraint \"{check.Name}\" for relation \"{child.Name.Name}\" already exists", at);
                continue;
            }
            var copy = check.InheritedCopy();
            child.Constraints.Add(copy);
            PropagateCheck(child, copy, at);
        }
    }

    /// <summary>NOT NULL set on a partitioned table (by SET NOT NULL or a primary key) reaches every partition below it.</summary>
    private void SetNotNull(Table table, string columnName)
    {
        if (table.FindColumn(columnName) is not { } column) return;
        column.NotNull = true;
        foreach (var child in ChildrenOf(table)) SetNotNull(child, columnName);
    }

    private IEnumerable<Table> TablesBelow(Table table)
    {
        foreach (var child in ChildrenOf(table))
        {
            yield return child;
            foreach (var below in TablesBelow(child)) yield return below;
        }
    }

    private Column BindColumn(Table table, ColumnSyntax syntax, PendingConstraints pending)
    {
        var type = TypeNames.Canonicalize(syntax.Type);
        var column = new Column(syntax.Name, type, Locate(syntax.NameStart, syntax.NameEnd))
        {
            SerialType = TypeNames.SerialBaseType(syntax.Type) is null ? null : syntax.Type.Name.Name,
            RenamedFrom = syntax.RenamedFrom,
        };
        if (syntax.Collation != null) column.Collation = CollationName(syntax.Collation);
        if (column.SerialType != null) column.NotNull = true;
        var single = new[] { syntax.Name };
        foreach (var constraint in syntax.Constraints)
        {
            switch (constraint.Kind)
            {
                case ConstraintKind.NotNull: column.NotNull = true; break;
                case ConstraintKind.Null:
                    if (column.NotNull && column.SerialType == null)
                        throw new BindException($"conflicting NULL/NOT NULL declarations for column \"{syntax.Name}\"", constraint);
                    break;
                case ConstraintKind.Default:
                    if (column.SerialType != null)
                        throw new BindException($"multiple default values specified for column \"{syntax.Name}\"", constraint);
                    column.Default = Normalize(constraint.Expression!);
                    break;
                case ConstraintKind.Check: pending.Checks.Add((constraint, single)); break;
                case ConstraintKind.PrimaryKey:
                case ConstraintKind.Unique: pending.Indexed.Add((constraint, single)); break;
                case ConstraintKind.ForeignKey: pending.ForeignKeys.Add((constraint, single)); break;
                case ConstraintKind.Generated: column.Generated = Normalize(constraint.Expression!); break;
                case ConstraintKind.Identity:
                    column.NotNull = true;
                    column.Identity = BindIdentity(table, column, constraint.IdentityAlways, constraint.SequenceOptions);
                    break;
            }
        }
        if (column.Identity != null && (column.Default != null || column.SerialType != null))
            throw new BindException($"both default and identity specified for column \"{syntax.Name}\"", syntax);
        return column;
    }

    private static string? CollationName(NameSyntax name)
    {
        var collation = name.Name;
        return collation == "default" ? null : Identifiers.Quote(collation);
    }

    private void CollectTableConstraint(ConstraintSyntax constraint, PendingConstraints pending)
    {
        switch (constraint.Kind)
        {
            case ConstraintKind.Check: pending.Checks.Add((constraint, constraint.Columns)); break;
            case ConstraintKind.PrimaryKey:
            case ConstraintKind.Unique:
            case ConstraintKind.Exclude: pending.Indexed.Add((constraint, constraint.Columns)); break;
            case ConstraintKind.ForeignKey: pending.ForeignKeys.Add((constraint, constraint.Columns)); break;
            default: throw new BindException($"{constraint.Kind} is not a table constraint", constraint);
        }
    }

    private Identity BindIdentity(Table table, Column column, bool always, SequenceOptionsSyntax? options)
    {
        QualifiedName sequence;
        if (options?.SequenceName is { } given) sequence = Resolve(given);
        else sequence = new QualifiedName(table.Name.Schema,
            ObjectNaming.ChooseName(table.Name.Name, column.Name, "seq", n => IsRelationNameTaken(table.Name.Schema, n)));
        return new Identity(always, sequence, SequenceDefaults.Resolve(options, column.Type.Sql));
    }

    /// <summary>serial = integer column + owned sequence + nextval default + NOT NULL.</summary>
    private void CreateSerialSequence(Table table, Column column)
    {
        var sequenceName = ObjectNaming.ChooseName(table.Name.Name, column.Name, "seq", n => IsRelationNameTaken(table.Name.Schema, n));
        var name = new QualifiedName(table.Name.Schema, sequenceName);
        var options = SequenceDefaults.Resolve(null, column.Type.Sql);
        _catalog.Sequences.Set(name, new Sequence(name, options, column.Location) { OwnedBy = (table.Name, column.Name) });
        column.Default = ExpressionNormalizer.FromText($"nextval({Identifiers.Literal(name.ToSql())}::regclass)");
    }
}
