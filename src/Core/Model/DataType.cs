namespace SchemaGen.Core.Model;

/// <summary>
/// A column type in PostgreSQL's own spelling (as <c>format_type</c> prints it, e.g.
/// <c>character varying(255)</c>, <c>timestamp without time zone</c>, <c>integer[]</c>);
/// user-defined types are schema-qualified in <see cref="Sql"/> only when outside <c>public</c>.
/// </summary>
public sealed record DataType(string Sql, QualifiedName? UserType)
{
    public override string ToString() => Sql;
}
