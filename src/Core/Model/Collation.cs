using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>
/// A collation created by the schema: its options as written (provider, locale, deterministic, ...)
/// or the collation it is copied FROM. PostgreSQL cannot change one in place.
/// </summary>
public sealed record Collation(QualifiedName Name, QualifiedName? From, IReadOnlyList<KeyValuePair<string, string>> Options, SourceLocation Location)
{
    /// <summary>What two versions compare on: the definition without its location.</summary>
    public string Key => From is { } from ? "from " + from : string.Join(",", Options.Select(o => o.Key + "=" + o.Value));
}
