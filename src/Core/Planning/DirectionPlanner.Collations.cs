using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;

namespace SchemaGen.Core.Planning;

internal sealed partial class DirectionPlanner
{
    /// <summary>
    /// Collations come before the columns, domains and indexes that name them and go after them.
    /// PostgreSQL cannot alter a collation's definition: a changed one is created under a temporary
    /// name, the columns that use it move over, the old one is dropped and the new one renamed.
    /// </summary>
    private void PlanCollations()
    {
        foreach (var collation in _new.Collations.Values)
        {
            var old = _old.Collations.Find(collation.Name);
            if (old is null)
                _plan.Add(Phase.CreateCollations, CreateCollationSql(collation, collation.Name), $"create collation {collation.Name.Name}");
            else if (old.Key != collation.Key)
                RebuildCollation(old, collation);
        }
        foreach (var old in _old.Collations.Values.Reverse().Where(c => !_new.Collations.ContainsKey(c.Name)))
            _plan.Add(Phase.DropCollations, $"DROP COLLATION {IfExists}{old.Name.ToSql()};", $"drop collation {old.Name.Name}");
    }

    private string CreateCollationSql(Collation collation, QualifiedName name)
    {
        var definition = collation.From is { } from
            ? " FROM " + from.ToSql()
            : " (" + string.Join(", ", collation.Options.Select(o => $"{o.Key} = {Identifiers.Literal(o.Value)}")) + ")";
        return $"CREATE COLLATION {IfNotExists}{name.ToSql()}{definition};";
    }

    private void RebuildCollation(Collation old, Collation collation)
    {
        var temporary = TemporaryName(collation.Name);
        var quoted = Identifiers.Quote(old.Name.Name);
        var statements = new List<string> { CreateCollationSql(collation, temporary) };
        foreach (var table in _old.Tables.Values)
            foreach (var column in table.Columns.Where(c => c.Collation == quoted && c.Type.UserType is null))
                statements.Add($"ALTER TABLE {table.Name.ToSql()} ALTER COLUMN {Identifiers.Quote(column.Name)} TYPE {column.Type.Sql} COLLATE {temporary.ToSql()};");
        statements.Add($"DROP COLLATION {old.Name.ToSql()};");
        statements.Add($"ALTER COLLATION {temporary.ToSql()} RENAME TO {Identifiers.Quote(collation.Name.Name)};");
        var condition = $"NOT EXISTS (SELECT FROM pg_catalog.pg_collation WHERE collnamespace = {Identifiers.Literal(collation.Name.Schema)}::regnamespace"
                        + $" AND collname = {Identifiers.Literal(temporary.Name)}) AND EXISTS (SELECT FROM pg_catalog.pg_collation WHERE collnamespace = "
                        + $"{Identifiers.Literal(collation.Name.Schema)}::regnamespace AND collname = {Identifiers.Literal(old.Name.Name)})";
        AddStatements(Phase.AlterTypes, condition, statements, $"rebuild collation {collation.Name.Name}");
    }
}
