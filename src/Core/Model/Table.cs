using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>A table with its columns (in order) and constraints.</summary>
public sealed class Table
{
    public Table(QualifiedName name, SourceLocation location)
    {
        Name = name;
        Location = location;
    }

    public QualifiedName Name { get; set; }
    public List<Column> Columns { get; } = new();
    public List<Constraint> Constraints { get; } = new();

    /// <summary><c>p</c> permanent or <c>u</c> unlogged, as <c>pg_class.relpersistence</c>.</summary>
    public char Persistence { get; set; } = 'p';

    /// <summary>Storage parameters as <c>name=value</c>, sorted.</summary>
    public List<string> Options { get; set; } = new();

    /// <summary>The partition key of a partitioned table, e.g. <c>RANGE (created_at)</c>.</summary>
    public Expression? PartitionBy { get; set; }

    /// <summary>The parent of a partition.</summary>
    public QualifiedName? PartitionOf { get; set; }

    /// <summary>The parents of a table created with <c>INHERITS (...)</c>, in order.</summary>
    public List<QualifiedName> Inherits { get; set; } = new();

    /// <summary>A partition's bound: <c>FOR VALUES ...</c> or <c>DEFAULT</c>.</summary>
    public Expression? PartitionBound { get; set; }

    /// <summary>What logical replication identifies rows by: DEFAULT, FULL, NOTHING or USING INDEX name.</summary>
    public string ReplicaIdentity { get; set; } = "DEFAULT";

    public bool RowSecurity { get; set; }
    public bool ForceRowSecurity { get; set; }
    public SourceLocation Location { get; set; }

    // Loops rather than List.Find with a lambda: these run for every column and constraint the
    // binder and planner touch, and the capturing lambda allocated a delegate per call.
    public Column? FindColumn(string name)
    {
        foreach (var column in Columns)
            if (column.Name == name) return column;
        return null;
    }

    public Constraint? FindConstraint(string name)
    {
        foreach (var constraint in Constraints)
            if (constraint.Name == name) return constraint;
        return null;
    }
}
