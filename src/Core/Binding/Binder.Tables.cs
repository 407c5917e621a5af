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
        if (statement.Inherits.Count > 0)
            throw new BindException("table inheritance is not supported yet", statement.Name);

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
            foreach (var columnSyntax in statement.Columns)
            {
                if (table.FindColumn(columnSyntax.Name) != null)
                    throw new BindException($"column \"{columnSyntax.Name}\" specified more than once", columnSyntax);
                table.Columns.Add(BindColumn(table, columnSyntax, pending));
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

    /// <summary>A column added to a partitioned table reaches every partition below it.</summary>
    private void PropagateColumn(Table parent, Column column)
    {
        foreach (var partition in _catalog.Tables.Values.Where(t => t.PartitionOf == parent.Name).ToList())
        {
            if (partition.FindColumn(column.Name) != null) continue;
            var copy = column.InheritedCopy();
            partition.Columns.Add(copy);
            PropagateColumn(partition, copy);
        }
    }

    /// <summary>NOT NULL set on a partitioned table (by SET NOT NULL or a primary key) reaches every partition below it.</summary>
    private void SetNotNull(Table table, string columnName)
    {
        if (table.FindColumn(columnName) is not { } column) return;
        column.NotNull = true;
        foreach (var partition in _catalog.Tables.Values.Where(t => t.PartitionOf == table.Name).ToList())
            SetNotNull(partition, columnName);
    }

    private IEnumerable<Table> PartitionsBelow(Table table)
    {
        foreach (var partition in _catalog.Tables.Values.Where(t => t.PartitionOf == table.Name).ToList())
        {
            yield return partition;
            foreach (var below in PartitionsBelow(partition)) yield return below;
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
