namespace SchemaGen.Core.Versioning;

/// <summary>
/// One schema file placed in the version sequence by the number in its name.
/// </summary>
/// <param name="Path">The path as the caller gave it; diagnostics and documents use it unchanged.</param>
/// <param name="Name">The file name without directory and extension, e.g. <c>schema_v2</c>.</param>
/// <param name="Number">The last run of digits in <see cref="Name"/>.</param>
public sealed record SchemaVersion(string Path, string Name, long Number)
{
    /// <summary>
    /// A sortable, stable identifier such as <c>002_schema_v2</c>: the number padded to three
    /// digits, then the name without a leading copy of the number (<c>1_init</c> becomes <c>001_init</c>).
    /// </summary>
    public string Id => VersionOrdering.FormatId(Name, Number);
}
