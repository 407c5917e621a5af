using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>
/// A user-defined type: an enum, a composite type or a domain. They share one namespace in
/// PostgreSQL (pg_type), so the catalog keeps them in one map, in creation order.
/// </summary>
public abstract class UserType
{
    protected UserType(QualifiedName name, SourceLocation location)
    {
        Name = name;
        Location = location;
    }

    public QualifiedName Name { get; set; }
    public SourceLocation Location { get; set; }

    /// <summary>The word PostgreSQL uses for the kind in DDL and messages: TYPE or DOMAIN.</summary>
    public abstract string Keyword { get; }

    /// <summary>Types this one is built on (a domain's base type, attribute types).</summary>
    public abstract IEnumerable<DataType> UsedTypes { get; }
}

/// <summary>An enum: its labels in sort order.</summary>
public sealed class EnumType : UserType
{
    public EnumType(QualifiedName name, SourceLocation location) : base(name, location) { }

    public List<string> Labels { get; } = new();

    public override string Keyword => "TYPE";

    public override IEnumerable<DataType> UsedTypes => Array.Empty<DataType>();
}

/// <summary>An attribute of a composite type.</summary>
public sealed record TypeAttribute(string Name, DataType Type, string? Collation);

/// <summary>A composite type (CREATE TYPE ... AS (...)): its attributes in order.</summary>
public sealed class CompositeType : UserType
{
    public CompositeType(QualifiedName name, SourceLocation location) : base(name, location) { }

    public List<TypeAttribute> Attributes { get; } = new();

    public override string Keyword => "TYPE";

    public override IEnumerable<DataType> UsedTypes => Attributes.Select(a => a.Type);
}

/// <summary>A CHECK constraint of a domain under its final name.</summary>
public sealed record DomainConstraint(string Name, Expression Check, bool NotValid, SourceLocation Location);

/// <summary>A domain: base type, collation, default, NOT NULL and its CHECK constraints in creation order.</summary>
public sealed class Domain : UserType
{
    public Domain(QualifiedName name, DataType baseType, SourceLocation location) : base(name, location)
    {
        BaseType = baseType;
    }

    public DataType BaseType { get; set; }
    public string? Collation { get; set; }
    public Expression? Default { get; set; }
    public bool NotNull { get; set; }
    public List<DomainConstraint> Constraints { get; } = new();

    public override string Keyword => "DOMAIN";

    public override IEnumerable<DataType> UsedTypes => new[] { BaseType };
}
