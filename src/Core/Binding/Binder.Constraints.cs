using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

internal sealed partial class Binder
{
    /// <summary>Foreign keys whose referenced table is not defined yet, by that table, in file order.</summary>
    private readonly Dictionary<QualifiedName, List<(Table Table, ConstraintSyntax Syntax, IReadOnlyList<string> Columns)>> _deferredForeignKeys = new();

    /// <summary>
    /// Names and adds constraints in PostgreSQL's order: CHECKs (named when the table is
    /// defined), then index-backed constraints with the primary key first and duplicates
    /// folded into the first, then foreign keys.
    /// </summary>
    private void AddConstraints(Table table, PendingConstraints pending)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal);
        bool Taken(string n) => batch.Contains(n) || IsConstraintNameTaken(table.Name.Schema, n);

        foreach (var (syntax, columns) in pending.Checks)
        {
            var expression = Normalize(syntax.Expression!);
            var referenced = ExpressionNormalizer.ReferencedIdentifiers(_parse.Lex, syntax.Expression!)
                .Where(n => table.FindColumn(n) != null).Distinct().ToList();
            var name = syntax.Name ?? ObjectNaming.ChooseName(table.Name.Name, referenced.Count == 1 ? referenced[0] : null, "check", Taken);
            CheckNewConstraintName(table, name, syntax);
            batch.Add(name);
            var check = new Constraint(name, ConstraintKind.Check, Locate(syntax))
            {
                Check = expression,
                NoInherit = syntax.NoInherit,
                NotValid = syntax.NotValid && !pending.InCreateTable,
            };
            table.Constraints.Add(check);
            PropagateCheck(table, check, syntax);
        }

        var indexed = pending.Indexed.Where(c => c.Syntax.Kind == ConstraintKind.PrimaryKey)
            .Concat(pending.Indexed.Where(c => c.Syntax.Kind != ConstraintKind.PrimaryKey)).ToList();
        if (indexed.Count(c => c.Syntax.Kind == ConstraintKind.PrimaryKey) + table.Constraints.Count(c => c.Kind == ConstraintKind.PrimaryKey) > 1)
            throw new BindException($"multiple primary keys for table \"{table.Name.Name}\" are not allowed", indexed[1].Syntax);
        var added = new List<(Constraint Constraint, ConstraintSyntax Syntax)>();
        foreach (var (syntax, columns) in indexed)
        {
            var constraint = BuildIndexConstraint(table, syntax, columns);
            var duplicate = added.FirstOrDefault(a => SameIndex(a.Constraint, constraint));
            if (duplicate.Constraint != null)
            {
                if (duplicate.Syntax.Name == null && syntax.Name != null) duplicate.Constraint.Name = syntax.Name;
                continue;
            }
            added.Add((constraint, syntax));
        }
        foreach (var (constraint, syntax) in added)
        {
            if (constraint.Name == "")
            {
                var label = constraint.Kind switch { ConstraintKind.PrimaryKey => "pkey", ConstraintKind.Unique => "key", _ => "excl" };
                var addition = constraint.Kind == ConstraintKind.PrimaryKey ? null : ObjectNaming.JoinColumnNames(IndexColumnNames(constraint));
                constraint.Name = ObjectNaming.ChooseName(table.Name.Name, addition, label,
                    n => batch.Contains(n) || IsRelationNameTaken(table.Name.Schema, n) || IsConstraintNameTaken(table.Name.Schema, n));
            }
            else
            {
                if (IsRelationNameTaken(table.Name.Schema, constraint.Name))
                    throw new BindException($"relation \"{constraint.Name}\" already exists", syntax);
                CheckNewConstraintName(table, constraint.Name, syntax);
            }
            batch.Add(constraint.Name);
            if (constraint.Kind == ConstraintKind.PrimaryKey)
                foreach (var column in constraint.Columns) SetNotNull(table, column);
            table.Constraints.Add(constraint);
        }

        foreach (var (syntax, columns) in pending.ForeignKeys)
        {
            var referenced = Resolve(syntax.ReferencedTable!);
            if (referenced != table.Name && !_catalog.Tables.ContainsKey(referenced))
            {
                if (!_deferredForeignKeys.TryGetValue(referenced, out var waiting))
                    _deferredForeignKeys[referenced] = waiting = new();
                waiting.Add((table, syntax, columns));
                continue;
            }
            batch.Add(AddForeignKey(table, syntax, columns, Taken));
        }
    }

    private string AddForeignKey(Table table, ConstraintSyntax syntax, IReadOnlyList<string> columns, Func<string, bool> taken)
    {
        var constraint = BuildForeignKey(table, syntax, columns);
        constraint.Name = syntax.Name ?? ObjectNaming.ChooseName(table.Name.Name, ObjectNaming.JoinColumnNames(constraint.Columns), "fkey", taken);
        CheckNewConstraintName(table, constraint.Name, syntax);
        table.Constraints.Add(constraint);
        return constraint.Name;
    }

    /// <summary>
    /// After a statement that may have defined a table, binds the deferred foreign keys that
    /// reference it (a schema file is declarative: it may reference a table defined further down).
    /// </summary>
    private void BindReadyForeignKeys(StatementSyntax statement)
    {
        if (_deferredForeignKeys.Count == 0) return;
        var candidates = statement switch
        {
            CreateTableSyntax create => new[] { new QualifiedName(create.Name.Schema ?? DefaultSchema, create.Name.Name) },
            // Renames and SET SCHEMA can make a name appear too.
            AlterTableSyntax => _deferredForeignKeys.Keys.ToArray(),
            _ => Array.Empty<QualifiedName>(),
        };
        foreach (var name in candidates)
        {
            if (!_catalog.Tables.ContainsKey(name) || !_deferredForeignKeys.TryGetValue(name, out var waiting)) continue;
            _deferredForeignKeys.Remove(name);
            foreach (var deferred in waiting) BindDeferredForeignKey(deferred);
        }
    }

    /// <summary>At the end of the file: the rest fail with PostgreSQL's "does not exist" at their reference.</summary>
    private void BindRemainingForeignKeys()
    {
        var remaining = _deferredForeignKeys.Values.SelectMany(l => l).OrderBy(d => d.Syntax.Start).ToList();
        _deferredForeignKeys.Clear();
        foreach (var deferred in remaining) BindDeferredForeignKey(deferred);
    }

    private void BindDeferredForeignKey((Table Table, ConstraintSyntax Syntax, IReadOnlyList<string> Columns) deferred)
    {
        var (table, syntax, columns) = deferred;
        // A table dropped further down takes its foreign keys with it.
        if (_catalog.Tables.Find(table.Name) != table) return;
        Try(() => AddForeignKey(table, syntax, columns, n => IsConstraintNameTaken(table.Name.Schema, n)));
        // Bound outside any statement: the name index no longer knows every constraint name.
        _ownedNames = null;
    }

    private void CheckNewConstraintName(Table table, string name, SyntaxNode node)
    {
        if (table.FindConstraint(name) != null)
            throw new BindException($"constraint \"{name}\" for relation \"{table.Name.Name}\" already exists", node);
    }

    private static bool SameIndex(Constraint a, Constraint b) =>
        a.Kind != ConstraintKind.Exclude && b.Kind != ConstraintKind.Exclude
        && a.Columns.SequenceEqual(b.Columns) && a.Include.SequenceEqual(b.Include)
        && a.NullsNotDistinct == b.NullsNotDistinct && a.Deferrable == b.Deferrable && a.InitiallyDeferred == b.InitiallyDeferred;

    private static IEnumerable<string> IndexColumnNames(Constraint constraint) =>
        constraint.Kind == ConstraintKind.Exclude
            ? ObjectNaming.UniqueColumnNames(constraint.Elements.Select(e => e.Column ?? "expr"))
            : ObjectNaming.UniqueColumnNames(constraint.Columns);

    private Constraint BuildIndexConstraint(Table table, ConstraintSyntax syntax, IReadOnlyList<string> columns)
    {
        if (syntax.UsingIndex != null) return AdoptIndex(table, syntax);
        foreach (var column in columns.Concat(syntax.Include))
            if (table.FindColumn(column) == null)
                throw new BindException($"column \"{column}\" named in key does not exist", syntax);
        var constraint = new Constraint(syntax.Name ?? "", syntax.Kind, Locate(syntax))
        {
            Columns = columns,
            Include = syntax.Include,
            WithOptions = syntax.WithOptions,
            NullsNotDistinct = syntax.NullsNotDistinct,
            Deferrable = syntax.Deferrable,
            InitiallyDeferred = syntax.InitiallyDeferred,
        };
        if (syntax.Kind == ConstraintKind.Exclude)
        {
            constraint.Method = syntax.Method;
            constraint.Elements = syntax.Elements.Select(BindIndexElement).ToList();
            constraint.Where = syntax.Where is null ? null : Normalize(syntax.Where);
        }
        return constraint;
    }

    /// <summary>
    /// <c>ADD CONSTRAINT c PRIMARY KEY USING INDEX i</c>: the unique index becomes the
    /// constraint's index and takes the constraint's name.
    /// </summary>
    private Constraint AdoptIndex(Table table, ConstraintSyntax syntax)
    {
        var name = new QualifiedName(table.Name.Schema, syntax.UsingIndex!);
        var index = _catalog.Indexes.Find(name) ?? throw new BindException($"index \"{syntax.UsingIndex}\" does not exist", syntax);
        if (index.Table != table.Name)
            throw new BindException($"index \"{syntax.UsingIndex}\" does not belong to table \"{table.Name.Name}\"", syntax);
        if (!index.Unique) throw new BindException($"\"{syntax.UsingIndex}\" is not a unique index", syntax);
        if (index.Where != null || index.Method != "btree" || index.Elements.Any(e => e.Column == null || e.Descending || e.Collation != null || e.OperatorClass != null))
            throw new BindException($"index \"{syntax.UsingIndex}\" cannot back a constraint: it is partial, an expression index or not a default-ordered btree", syntax);
        _catalog.Indexes.Remove(name);
        return new Constraint(syntax.Name ?? index.Name.Name, syntax.Kind, Locate(syntax))
        {
            Columns = index.Elements.Select(e => e.Column!).ToList(),
            Include = index.Include,
            WithOptions = index.WithOptions,
            NullsNotDistinct = index.NullsNotDistinct,
            Deferrable = syntax.Deferrable,
            InitiallyDeferred = syntax.InitiallyDeferred,
        };
    }

    private Constraint BuildForeignKey(Table table, ConstraintSyntax syntax, IReadOnlyList<string> columns)
    {
        foreach (var column in columns)
            if (table.FindColumn(column) == null)
                throw new BindException($"column \"{column}\" referenced in foreign key constraint does not exist", syntax);
        var referencedName = Resolve(syntax.ReferencedTable!);
        var referenced = referencedName == table.Name ? table : RequireTable(referencedName, syntax.ReferencedTable!);
        var referencedColumns = syntax.ReferencedColumns;
        if (referencedColumns.Count == 0)
        {
            var primaryKey = referenced.Constraints.FirstOrDefault(c => c.Kind == ConstraintKind.PrimaryKey)
                ?? throw new BindException($"there is no primary key for referenced table \"{referencedName.Name}\"", syntax);
            referencedColumns = primaryKey.Columns;
        }
        if (referencedColumns.Count != columns.Count)
            throw new BindException("number of referencing and referenced columns for foreign key disagree", syntax);
        foreach (var column in referencedColumns)
            if (referenced.FindColumn(column) == null)
                throw new BindException($"column \"{column}\" referenced in foreign key constraint does not exist", syntax);
        return new Constraint(syntax.Name ?? "", ConstraintKind.ForeignKey, Locate(syntax))
        {
            Columns = columns,
            ReferencedTable = referencedName,
            ReferencedColumns = referencedColumns,
            Match = syntax.Match,
            OnDelete = syntax.OnDelete,
            OnUpdate = syntax.OnUpdate,
            OnDeleteSetColumns = syntax.OnDeleteSetColumns,
            Deferrable = syntax.Deferrable,
            InitiallyDeferred = syntax.InitiallyDeferred,
            NotValid = syntax.NotValid,
        };
    }

    private IndexElement BindIndexElement(IndexElementSyntax syntax) =>
        new(syntax.Column,
            syntax.Expression is null ? null : Normalize(syntax.Expression),
            syntax.Collation is null ? null : CollationName(syntax.Collation),
            syntax.OperatorClass?.ToString(),
            syntax.Descending,
            syntax.NullsFirst ?? syntax.Descending,
            syntax.ExcludeOperator);
}
