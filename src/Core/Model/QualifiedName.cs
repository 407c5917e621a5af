using SchemaGen.Core.Postgres;

namespace SchemaGen.Core.Model;

/// <summary>The identity of a schema-level object: schema and name, both as PostgreSQL stores them.</summary>
public readonly record struct QualifiedName(string Schema, string Name) : IComparable<QualifiedName>
{
    public int CompareTo(QualifiedName other)
    {
        var bySchema = string.CompareOrdinal(Schema, other.Schema);
        return bySchema != 0 ? bySchema : string.CompareOrdinal(Name, other.Name);
    }

    /// <summary>The name as SQL text, quoted where needed, schema omitted for <c>public</c>.</summary>
    public string ToSql() => Identifiers.QuoteQualified(Schema, Name);

    public override string ToString() => Schema + "." + Name;
}
