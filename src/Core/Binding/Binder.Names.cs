using SchemaGen.Core.Model;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

internal sealed partial class Binder
{
    /// <summary>How far a statement can change the names tables and domains own (<see cref="OwnedNames"/>).</summary>
    private enum NameScope
    {
        /// <summary>Changes no table or domain constraint, constraint name or identity column.</summary>
        None,

        /// <summary>Changes only the table it names.</summary>
        OneTable,

        /// <summary>Anything else: names are found by walking the catalog while it runs and re-read afterwards.</summary>
        Any,
    }

    /// <summary>Names owned by tables and domains as of the start of the statement; null when it must be re-read.</summary>
    private OwnedNames? _ownedNames;

    private NameScope _nameScope;

    /// <summary>The table a <see cref="NameScope.OneTable"/> statement changes: read live, not from <see cref="_ownedNames"/>.</summary>
    private QualifiedName? _liveTable;

    private void BindTrackingNames(StatementSyntax statement)
    {
        _nameScope = NameScope.Any;
        _liveTable = null;
        try
        {
            (_nameScope, _liveTable) = NameScopeOf(statement);
            if (_nameScope == NameScope.Any) _ownedNames = null;
            BindStatement(statement);
        }
        finally
        {
            if (_nameScope == NameScope.OneTable && _ownedNames != null && _catalog.Tables.Find(_liveTable!.Value) is { } table)
                _ownedNames.Refresh(table);
            _nameScope = NameScope.Any;
            _liveTable = null;
        }
    }

    /// <summary>
    /// Statements listed here must keep to their scope: a statement kind or ALTER TABLE action
    /// that is not listed is treated as <see cref="NameScope.Any"/>, which is always correct.
    /// </summary>
    private (NameScope, QualifiedName?) NameScopeOf(StatementSyntax statement)
    {
        switch (statement)
        {
            case CreateTableSyntax create:
                return (NameScope.OneTable, Resolve(create.Name));
            case AlterTableSyntax alter when alter.Actions.All(IsOneTableAction):
                var name = Resolve(alter.Table);
                // Columns added to a partitioned table reach its partitions; columns and CHECKs
                // added to an inheritance parent reach its children.
                if (_catalog.Tables.Find(name) is { PartitionBy: not null }) return (NameScope.Any, null);
                if (_inheritanceParents.Contains(name)) return (NameScope.Any, null);
                return (NameScope.OneTable, name);
            case CreateIndexSyntax or CreateSequenceSyntax or AlterSequenceSyntax or CreateViewSyntax or CommentSyntax
                or CreateEnumSyntax or CreateCompositeSyntax or CreateFunctionSyntax or CreateTriggerSyntax
                or CreatePolicySyntax or AlterPolicySyntax or CreateSchemaSyntax or CreateExtensionSyntax or IgnoredStatementSyntax:
                return (NameScope.None, null);
            default:
                return (NameScope.Any, null);
        }
    }

    private static bool IsOneTableAction(AlterTableActionSyntax action) =>
        action is AddColumnSyntax or AddConstraintSyntax or DropConstraintSyntax or AlterColumnSyntax or SetTableFlagSyntax
            or SetTableOptionsSyntax or SetReplicaIdentitySyntax or SetTriggerStateSyntax or IgnoredActionSyntax;

    private bool IsRelationNameTaken(string schema, string name)
    {
        var qualified = new QualifiedName(schema, name);
        if (_catalog.Tables.ContainsKey(qualified) || _catalog.Sequences.ContainsKey(qualified) || _catalog.Indexes.ContainsKey(qualified)
            || _catalog.Views.ContainsKey(qualified))
            return true;
        if (_nameScope == NameScope.Any)
            return _catalog.Tables.Values.Any(t => OwnedNames.HoldsRelationName(t, qualified));
        var live = LiveTable();
        return OwnedNamesNow().IsRelationTaken(qualified, live)
            || (live != null && OwnedNames.HoldsRelationName(live, qualified));
    }

    private bool IsConstraintNameTaken(string schema, string name)
    {
        if (_nameScope == NameScope.Any)
        {
            foreach (var table in _catalog.Tables.Values)
                if (table.Name.Schema == schema && table.FindConstraint(name) != null) return true;
            foreach (var type in _catalog.Types.Values)
                if (type is Domain domain && domain.Name.Schema == schema && domain.Constraints.Any(c => c.Name == name)) return true;
            return false;
        }
        var live = LiveTable();
        return OwnedNamesNow().IsConstraintTaken(new QualifiedName(schema, name), live)
            || (live != null && live.Name.Schema == schema && live.FindConstraint(name) != null);
    }

    private Table? LiveTable() => _liveTable is { } name ? _catalog.Tables.Find(name) : null;

    private OwnedNames OwnedNamesNow() => _ownedNames ??= OwnedNames.Of(_catalog);
}
