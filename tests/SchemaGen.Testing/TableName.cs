namespace SchemaGen.Testing;

/// <summary>A table as PostgreSQL names it (exact case, unquoted parts).</summary>
public readonly record struct TableName(string Schema, string Name) : IComparable<TableName>
{
    public string Quoted => PostgresServer.QuoteIdentifier(Schema) + "." + PostgresServer.QuoteIdentifier(Name);

    public int CompareTo(TableName other)
    {
        var bySchema = string.CompareOrdinal(Schema, other.Schema);
        return bySchema != 0 ? bySchema : string.CompareOrdinal(Name, other.Name);
    }

    public override string ToString() => Schema + "." + Name;
}
