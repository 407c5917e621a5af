namespace SchemaGen.Core.Model;

/// <summary>The schema model: what PostgreSQL's catalog would hold. Placeholder.</summary>
public sealed class Catalog
{
    public static Catalog Empty { get; } = new();
}
