using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>A table column as the catalog holds it.</summary>
public sealed class Column
{
    public Column(string name, DataType type, SourceLocation location)
    {
        Name = name;
        Type = type;
        Location = location;
    }

    public string Name { get; set; }
    public DataType Type { get; set; }
    public string? Collation { get; set; }
    public bool NotNull { get; set; }
    public Expression? Default { get; set; }
    public Identity? Identity { get; set; }
    public Expression? Generated { get; set; }

    /// <summary>Set when the column was declared serial: the sequence it owns.</summary>
    public string? SerialType { get; set; }

    /// <summary>A partition's or inheritance child's column that comes from its parent: changed through the parent only.</summary>
    public bool Inherited { get; set; }

    /// <summary>
    /// An inherited column the child also declares itself (<c>attislocal</c>): it stays, as
    /// the child's own, when the parent drops it.
    /// </summary>
    public bool Local { get; set; }

    /// <summary>The name the column had in the previous version (<c>@renamed from=</c>).</summary>
    public string? RenamedFrom { get; set; }

    public SourceLocation Location { get; set; }

    /// <summary>The column as a partition inherits it from its parent.</summary>
    public Column InheritedCopy() => new(Name, Type, Location)
    {
        Collation = Collation,
        NotNull = NotNull,
        Default = Default,
        Generated = Generated,
        Inherited = true,
    };
}
