using SchemaGen.Core.Model;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

/// <summary>
/// The names tables and domains hold in a schema's two namespaces beyond the catalog's own maps:
/// the relation namespace (pg_class: the indexes behind PRIMARY KEY, UNIQUE and EXCLUDE
/// constraints, identity sequences) and the constraint namespace (pg_constraint: table and domain
/// constraints). Kept by owner so one table can be re-read after a statement changes it; the
/// binder's "is this name taken?" is then a lookup instead of a walk over every table, which made
/// binding quadratic in the number of tables.
/// </summary>
internal sealed class OwnedNames
{
    // Per name: its one owner, or a List<object> when several tables hold it (constraint names
    // are unique per table only). Most names have one owner, so no list is allocated for them.
    private readonly Dictionary<object, List<(QualifiedName Name, bool Relation)>> _byOwner = new();
    private readonly Dictionary<QualifiedName, object> _relations = new();
    private readonly Dictionary<QualifiedName, object> _constraints = new();

    public static OwnedNames Of(Catalog catalog)
    {
        var names = new OwnedNames();
        foreach (var table in catalog.Tables.Values) names.Refresh(table);
        foreach (var type in catalog.Types.Values)
            if (type is Domain domain) names.Refresh(domain);
        return names;
    }

    /// <summary>Whether the table holds the name in its schema's relation namespace.</summary>
    public static bool HoldsRelationName(Table table, QualifiedName name)
    {
        if (table.Name.Schema != name.Schema) return false;
        foreach (var constraint in table.Constraints)
            if (constraint.Name == name.Name && constraint.Kind is ConstraintKind.PrimaryKey or ConstraintKind.Unique or ConstraintKind.Exclude)
                return true;
        foreach (var column in table.Columns)
            if (column.Identity?.Sequence == name) return true;
        return false;
    }

    /// <summary>Re-reads the names of a table after a statement changed it.</summary>
    public void Refresh(Table table)
    {
        Forget(table);
        var owned = new List<(QualifiedName, bool)>(table.Constraints.Count * 2);
        // The relation names are those HoldsRelationName accepts.
        foreach (var constraint in table.Constraints)
        {
            var name = new QualifiedName(table.Name.Schema, constraint.Name);
            if (constraint.Kind is ConstraintKind.PrimaryKey or ConstraintKind.Unique or ConstraintKind.Exclude)
                Add(owned, table, name, relation: true);
            Add(owned, table, name, relation: false);
        }
        foreach (var column in table.Columns)
            if (column.Identity?.Sequence is { } sequence && sequence.Schema == table.Name.Schema)
                Add(owned, table, sequence, relation: true);
        _byOwner[table] = owned;
    }

    private void Refresh(Domain domain)
    {
        var owned = new List<(QualifiedName, bool)>();
        foreach (var constraint in domain.Constraints)
            Add(owned, domain, new QualifiedName(domain.Name.Schema, constraint.Name), relation: false);
        _byOwner[domain] = owned;
    }

    private void Add(List<(QualifiedName, bool)> owned, object owner, QualifiedName name, bool relation)
    {
        var map = relation ? _relations : _constraints;
        if (!map.TryGetValue(name, out var owners)) map[name] = owner;
        else if (owners is List<object> list) list.Add(owner);
        else map[name] = new List<object> { owners, owner };
        owned.Add((name, relation));
    }

    private void Forget(object owner)
    {
        if (!_byOwner.TryGetValue(owner, out var owned)) return;
        foreach (var (name, relation) in owned)
        {
            var map = relation ? _relations : _constraints;
            if (map[name] is List<object> list)
            {
                list.Remove(owner);
                if (list.Count == 0) map.Remove(name);
            }
            else map.Remove(name);
        }
        _byOwner.Remove(owner);
    }

    /// <summary>Whether an owner other than <paramref name="except"/> holds the relation name.</summary>
    public bool IsRelationTaken(QualifiedName name, object? except) => IsTaken(_relations, name, except);

    /// <summary>Whether an owner other than <paramref name="except"/> holds the constraint name.</summary>
    public bool IsConstraintTaken(QualifiedName name, object? except) => IsTaken(_constraints, name, except);

    private static bool IsTaken(Dictionary<QualifiedName, object> map, QualifiedName name, object? except)
    {
        if (!map.TryGetValue(name, out var owners)) return false;
        if (owners is not List<object> list) return !ReferenceEquals(owners, except);
        foreach (var owner in list)
            if (!ReferenceEquals(owner, except)) return true;
        return false;
    }
}
