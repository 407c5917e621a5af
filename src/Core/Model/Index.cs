using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>A stand-alone index (CREATE INDEX), not one that backs a constraint.</summary>
public sealed class Index
{
    public Index(QualifiedName name, QualifiedName table, SourceLocation location)
    {
        Name = name;
        Table = table;
        Location = location;
    }

    public QualifiedName Name { get; set; }
    public QualifiedName Table { get; set; }
    public bool Unique { get; set; }
    public string Method { get; set; } = "btree";
    public IReadOnlyList<IndexElement> Elements { get; set; } = Array.Empty<IndexElement>();
    public IReadOnlyList<string> Include { get; set; } = Array.Empty<string>();
    public bool NullsNotDistinct { get; set; }
    public IReadOnlyList<string> WithOptions { get; set; } = Array.Empty<string>();
    public Expression? Where { get; set; }

    public SourceLocation Location { get; set; }
}
