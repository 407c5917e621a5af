using SchemaGen.Core.Model;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

internal sealed partial class Binder
{
    private void BindAlterTable(AlterTableSyntax statement)
    {
        var name = Resolve(statement.Table);
        if (!_catalog.Tables.ContainsKey(name) && _catalog.Views.ContainsKey(name))
        {
            BindAlterTableOnView(statement, name);
            return;
        }
        if (!_catalog.Tables.TryGetValue(name, out var table))
        {
            if (statement.IfExists) return;
            throw new BindException($"relation \"{name.Name}\" does not exist", statement.Table);
        }
        var pending = new PendingConstraints();
        foreach (var action in statement.Actions)
        {
            switch (action)
            {
                case AddColumnSyntax add:
                    if (table.FindColumn(add.Column.Name) != null)
                    {
                        if (add.IfNotExists) break;
                        throw new BindException($"column \"{add.Column.Name}\" of relation \"{name.Name}\" already exists", add.Column);
                    }
                    if (table.PartitionOf != null)
                        throw new BindException("cannot add column to a partition", add.Column);
                    var column = BindColumn(table, add.Column, pending);
                    table.Columns.Add(column);
                    if (column.SerialType != null) CreateSerialSequence(table, column);
                    PropagateColumn(table, column, add.Column);
                    break;
                case DropColumnSyntax drop:
                    DropColumn(table, drop);
                    break;
                case AddConstraintSyntax add:
                    CollectTableConstraint(add.Constraint, pending);
                    break;
                case DropConstraintSyntax drop:
                    var constraint = table.FindConstraint(drop.Name);
                    if (constraint == null)
                    {
                        if (drop.IfExists) break;
                        throw new BindException($"constraint \"{drop.Name}\" of relation \"{name.Name}\" does not exist", drop);
                    }
                    if (constraint.Inherited)
                        throw new BindException($"cannot drop inherited constraint \"{drop.Name}\" of relation \"{name.Name}\"", drop);
                    table.Constraints.Remove(constraint);
                    DropInheritedChecks(table, constraint.Name);
                    _catalog.Comments.Remove(new CommentTarget(ObjectKind.Constraint, table.Name, constraint.Name));
                    break;
                case AlterColumnSyntax alter:
                    AlterColumn(table, alter);
                    break;
                case SetTableFlagSyntax flag:
                    switch (flag.Flag)
                    {
                        case TableFlag.EnableRowSecurity: table.RowSecurity = true; break;
                        case TableFlag.DisableRowSecurity: table.RowSecurity = false; break;
                        case TableFlag.ForceRowSecurity: table.ForceRowSecurity = true; break;
                        case TableFlag.NoForceRowSecurity: table.ForceRowSecurity = false; break;
                        case TableFlag.SetLogged: table.Persistence = 'p'; break;
                        case TableFlag.SetUnlogged: table.Persistence = 'u'; break;
                    }
                    break;
                case SetTableOptionsSyntax options:
                    var keys = options.Options.Select(o => o.Split('=')[0]).ToList();
                    table.Options.RemoveAll(o => keys.Contains(o.Split('=')[0]));
                    if (!options.Reset) table.Options.AddRange(options.Options);
                    table.Options.Sort(StringComparer.Ordinal);
                    break;
                case SetReplicaIdentitySyntax identity:
                    table.ReplicaIdentity = identity.Identity;
                    break;
                case SetTriggerStateSyntax triggerState:
                    SetTriggerState(table, triggerState);
                    break;
                case SetInheritanceSyntax inheritance:
                    if (inheritance.Remove) StopInheriting(table, inheritance.Parent);
                    else StartInheriting(table, inheritance.Parent);
                    break;
                case IgnoredActionSyntax:
                    break;
                default:
                    throw new BindException("this ALTER TABLE action is not supported yet", action);
            }
        }
        AddConstraints(table, pending);
    }

    private void DropColumn(Table table, DropColumnSyntax drop, bool inherited = false)
    {
        var column = table.FindColumn(drop.Column);
        if (column == null)
        {
            if (drop.IfExists) return;
            throw new BindException($"column \"{drop.Column}\" of relation \"{table.Name.Name}\" does not exist", drop);
        }
        if (column.Inherited && !inherited)
            throw new BindException($"cannot drop inherited column \"{column.Name}\"", drop);
        table.Columns.Remove(column);
        foreach (var child in ChildrenOf(table))
        {
            // A child's own column outlives the parent's (PostgreSQL keeps it as attislocal).
            if (child.FindColumn(column.Name) is { Local: true } own && child.PartitionOf == null)
            {
                own.Inherited = false;
                own.Local = false;
                continue;
            }
            DropColumn(child, new DropColumnSyntax(column.Name, true, drop.Start, drop.End) { }, inherited: true);
        }
        // Constraints and indexes on the column go with it, as do sequences it owns.
        table.Constraints.RemoveAll(c => c.Columns.Contains(column.Name) || c.Include.Contains(column.Name));
        foreach (var index in _catalog.Indexes.Values.Where(i => i.Table == table.Name
                     && (i.Elements.Any(e => e.Column == column.Name) || i.Include.Contains(column.Name))).ToList())
            _catalog.Indexes.Remove(index.Name);
        foreach (var sequence in _catalog.Sequences.Values.Where(s => s.OwnedBy == (table.Name, column.Name)).ToList())
            _catalog.Sequences.Remove(sequence.Name);
        _catalog.Comments.Remove(new CommentTarget(ObjectKind.Column, table.Name, column.Name));
    }

    /// <summary>Dropping a parent's CHECK drops the copies its inheritance children took.</summary>
    private void DropInheritedChecks(Table parent, string name)
    {
        foreach (var child in ChildrenOf(parent).Where(c => c.PartitionOf == null))
        {
            if (child.FindConstraint(name) is not { Inherited: true } copy) continue;
            child.Constraints.Remove(copy);
            DropInheritedChecks(child, name);
        }
    }

    private void AlterColumn(Table table, AlterColumnSyntax alter)
    {
        var column = table.FindColumn(alter.Column)
            ?? throw new BindException($"column \"{alter.Column}\" of relation \"{table.Name.Name}\" does not exist", alter);
        switch (alter.Alteration)
        {
            case ColumnAlteration.SetDefault: column.Default = Normalize(alter.Expression!); break;
            case ColumnAlteration.DropDefault: column.Default = null; break;
            case ColumnAlteration.SetNotNull: SetNotNull(table, column.Name); break;
            case ColumnAlteration.DropNotNull:
                if (table.Constraints.Any(c => c.Kind == ConstraintKind.PrimaryKey && c.Columns.Contains(column.Name)))
                    throw new BindException($"column \"{column.Name}\" is in a primary key", alter);
                // Recurses to partitions and inheritance children, as SET NOT NULL does.
                foreach (var below in TablesBelow(table)) below.FindColumn(column.Name)?.NotNull = false;
                column.NotNull = false;
                break;
            case ColumnAlteration.SetType:
                column.Type = Postgres.TypeNames.Canonicalize(alter.Type!);
                if (alter.Collation != null) column.Collation = CollationName(alter.Collation);
                break;
            case ColumnAlteration.AddIdentity:
                column.NotNull = true;
                column.Identity = BindIdentity(table, column, alter.IdentityAlways, alter.SequenceOptions);
                break;
            case ColumnAlteration.DropIdentity: column.Identity = null; break;
            case ColumnAlteration.DropExpression: column.Generated = null; break;
            default: throw new BindException("this ALTER COLUMN action is not supported yet", alter);
        }
    }

    private void BindCreateSequence(CreateSequenceSyntax statement)
    {
        var name = Resolve(statement.Name);
        RequireSchema(name.Schema, statement.Name);
        if (IsRelationNameTaken(name.Schema, name.Name))
        {
            if (statement.IfNotExists && _catalog.Sequences.ContainsKey(name)) return;
            throw new BindException($"relation \"{name.Name}\" already exists", statement.Name);
        }
        var sequence = new Sequence(name, SequenceDefaults.Resolve(statement.Options), Locate(statement.Name)) { Unlogged = statement.Unlogged };
        _catalog.Sequences.Set(name, sequence);
        if (statement.Options.OwnedBy != null) SetOwnedBy(sequence, statement.Options.OwnedBy);
    }

    private void BindAlterSequence(AlterSequenceSyntax statement)
    {
        var name = Resolve(statement.Name);
        if (!_catalog.Sequences.TryGetValue(name, out var sequence))
        {
            if (statement.IfExists) return;
            throw new BindException($"relation \"{name.Name}\" does not exist", statement.Name);
        }
        sequence.Options = SequenceDefaults.Apply(sequence.Options, statement.Options);
        if (statement.Options.OwnedByNone) sequence.OwnedBy = null;
        if (statement.Options.OwnedBy != null) SetOwnedBy(sequence, statement.Options.OwnedBy);
    }

    private void SetOwnedBy(Sequence sequence, NameSyntax owner)
    {
        if (owner.Parts.Count < 2) throw new BindException("invalid OWNED BY option; specify OWNED BY table.column or OWNED BY NONE", owner);
        var parts = owner.Parts;
        var table = new QualifiedName(parts.Count >= 3 ? parts[parts.Count - 3] : "public", parts[parts.Count - 2]);
        var column = parts[parts.Count - 1];
        if (RequireTable(table, owner).FindColumn(column) == null)
            throw new BindException($"column \"{column}\" of relation \"{table.Name}\" does not exist", owner);
        if (table.Schema != sequence.Name.Schema)
            throw new BindException("sequence must be in same schema as table it is linked to", owner);
        sequence.OwnedBy = (table, column);
    }

    private void BindDrop(DropSyntax statement)
    {
        foreach (var nameSyntax in statement.Names)
        {
            switch (statement.Kind)
            {
                case ObjectKind.Table:
                {
                    var name = Resolve(nameSyntax);
                    if (!_catalog.Tables.TryGetValue(name, out var table))
                    {
                        if (statement.IfExists) continue;
                        throw new BindException($"table \"{name.Name}\" does not exist", nameSyntax);
                    }
                    var children = _catalog.Tables.Values.Where(t => t.Inherits.Contains(name)).ToList();
                    if (children.Count > 0 && !statement.Cascade)
                        throw new BindException($"cannot drop table {name.Name} because other objects depend on it (table {children[0].Name.Name} inherits from it)", nameSyntax);
                    var referencing = _catalog.Tables.Values.Where(t => t != table)
                        .SelectMany(t => t.Constraints.Where(c => c.ReferencedTable == name)).ToList();
                    if (referencing.Count > 0 && !statement.Cascade)
                        throw new BindException($"cannot drop table {name.Name} because other objects depend on it", nameSyntax);
                    foreach (var other in _catalog.Tables.Values) other.Constraints.RemoveAll(c => c.ReferencedTable == name && other != table);
                    DropDependentViews(statement, nameSyntax, name);
                    _catalog.Tables.Remove(name);
                    // Partitions go with their partitioned table.
                    foreach (var partition in _catalog.Tables.Values.Where(t => t.PartitionOf == name || t.Inherits.Contains(name)).ToList())
                        BindDrop(new DropSyntax(ObjectKind.Table, new[] { new NameSyntax(new[] { partition.Name.Schema, partition.Name.Name }, nameSyntax.Start, nameSyntax.End) }, true, true, statement.Start, statement.End));
                    foreach (var index in _catalog.Indexes.Values.Where(i => i.Table == name).ToList()) _catalog.Indexes.Remove(index.Name);
                    foreach (var sequence in _catalog.Sequences.Values.Where(s => s.OwnedBy?.Table == name).ToList()) _catalog.Sequences.Remove(sequence.Name);
                    foreach (var comment in _catalog.Comments.Keys.Where(k => k.Object == name).ToList()) _catalog.Comments.Remove(comment);
                    foreach (var member in _catalog.Triggers.Keys.Where(k => k.Table == name).ToList()) _catalog.Triggers.Remove(member);
                    foreach (var member in _catalog.Policies.Keys.Where(k => k.Table == name).ToList()) _catalog.Policies.Remove(member);
                    break;
                }
                case ObjectKind.Index:
                {
                    var name = Resolve(nameSyntax);
                    if (!_catalog.Indexes.Remove(name) && !statement.IfExists)
                        throw new BindException($"index \"{name.Name}\" does not exist", nameSyntax);
                    _catalog.Comments.Remove(new CommentTarget(ObjectKind.Index, name, null));
                    break;
                }
                case ObjectKind.Sequence:
                {
                    var name = Resolve(nameSyntax);
                    if (!_catalog.Sequences.Remove(name) && !statement.IfExists)
                        throw new BindException($"sequence \"{name.Name}\" does not exist", nameSyntax);
                    break;
                }
                case ObjectKind.Schema:
                    if (!_catalog.Schemas.Remove(nameSyntax.Name) && !statement.IfExists)
                        throw new BindException($"schema \"{nameSyntax.Name}\" does not exist", nameSyntax);
                    break;
                case ObjectKind.Extension:
                    if (!_catalog.Extensions.Remove(nameSyntax.Name) && !statement.IfExists)
                        throw new BindException($"extension \"{nameSyntax.Name}\" does not exist", nameSyntax);
                    break;
                case ObjectKind.Type:
                case ObjectKind.Domain:
                    DropType(statement, nameSyntax);
                    break;
                case ObjectKind.View:
                case ObjectKind.MaterializedView:
                    DropView(statement, nameSyntax);
                    break;
                case ObjectKind.Collation:
                    DropCollation(statement, nameSyntax);
                    break;
                default:
                    throw new BindException($"DROP {statement.Kind} is not supported yet", statement);
            }
        }
    }
}
