using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>
/// The schema model: the objects PostgreSQL's catalog would hold after running a schema file,
/// keyed by identity and kept in definition order (so output follows the file).
/// </summary>
public sealed class Catalog
{
    public static Catalog Empty { get; } = new();

    /// <summary>Schemas the file creates (<c>public</c> always exists and is not listed).</summary>
    public Dictionary<string, SourceLocation> Schemas { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Schemas the file uses without creating them: assumed to exist outside it, so migrations
    /// never create or drop them.
    /// </summary>
    public HashSet<string> AssumedSchemas { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Extension> Extensions { get; } = new(StringComparer.Ordinal);
    public OrderedMap<QualifiedName, Table> Tables { get; } = new();
    public OrderedMap<QualifiedName, Sequence> Sequences { get; } = new();
    public OrderedMap<QualifiedName, Index> Indexes { get; } = new();
    public OrderedMap<QualifiedName, View> Views { get; } = new();

    /// <summary>Enums, composite types and domains.</summary>
    public OrderedMap<QualifiedName, UserType> Types { get; } = new();
    public OrderedMap<QualifiedName, Collation> Collations { get; } = new();
    public OrderedMap<FunctionKey, Function> Functions { get; } = new();
    public OrderedMap<TableMemberKey, Trigger> Triggers { get; } = new();
    public OrderedMap<TableMemberKey, Policy> Policies { get; } = new();

    /// <summary>Comments by the object they describe.</summary>
    public OrderedMap<CommentTarget, string> Comments { get; } = new();
}
