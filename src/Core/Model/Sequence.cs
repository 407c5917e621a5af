using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>A sequence, stand-alone or owned by a serial column.</summary>
public sealed class Sequence
{
    public Sequence(QualifiedName name, SequenceOptions options, SourceLocation location)
    {
        Name = name;
        Options = options;
        Location = location;
    }

    public QualifiedName Name { get; set; }
    public SequenceOptions Options { get; set; }
    public bool Unlogged { get; set; }

    /// <summary>The column that owns the sequence (serial columns, OWNED BY).</summary>
    public (QualifiedName Table, string Column)? OwnedBy { get; set; }

    public SourceLocation Location { get; set; }
}
