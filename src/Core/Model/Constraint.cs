using SchemaGen.Core.Syntax;
using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>A table constraint (PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY, EXCLUDE) under its final name.</summary>
public sealed class Constraint
{
    public Constraint(string name, ConstraintKind kind, SourceLocation location)
    {
        Name = name;
        Kind = kind;
        Location = location;
    }

    public string Name { get; set; }
    public ConstraintKind Kind { get; }
    public IReadOnlyList<string> Columns { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> Include { get; set; } = Array.Empty<string>();
    public IReadOnlyList<string> WithOptions { get; set; } = Array.Empty<string>();
    public Expression? Check { get; set; }
    public bool NoInherit { get; set; }
    public bool NotValid { get; set; }

    /// <summary>A CHECK an inheritance child takes from its parent: changed through the parent only.</summary>
    public bool Inherited { get; set; }
    public bool NullsNotDistinct { get; set; }
    public bool Deferrable { get; set; }
    public bool InitiallyDeferred { get; set; }
    public QualifiedName? ReferencedTable { get; set; }
    public IReadOnlyList<string> ReferencedColumns { get; set; } = Array.Empty<string>();
    public string? Match { get; set; }
    public ReferentialAction OnDelete { get; set; }
    public ReferentialAction OnUpdate { get; set; }
    public IReadOnlyList<string> OnDeleteSetColumns { get; set; } = Array.Empty<string>();
    public string? Method { get; set; }
    public IReadOnlyList<IndexElement> Elements { get; set; } = Array.Empty<IndexElement>();
    public Expression? Where { get; set; }

    public SourceLocation Location { get; set; }

    /// <summary>The CHECK as an inheritance child takes it from its parent.</summary>
    public Constraint InheritedCopy() => new(Name, Kind, Location)
    {
        Columns = Columns,
        Check = Check,
        NotValid = NotValid,
        Inherited = true,
    };
}
