namespace SchemaGen.Testing;

/// <summary>One catalog fact: e.g. kind <c>column</c>, key <c>public.users.email</c>, value <c>text not null</c>.</summary>
public sealed record CatalogEntry(string Kind, string Key, string Value)
{
    /// <summary>What identifies the object across databases: kind and name.</summary>
    public string Id => Kind + " " + Key;

    /// <summary>Multi-line values (function bodies, view queries) are indented under their line.</summary>
    public override string ToString() => Id + " => " + Value.Replace("\n", "\n        ", StringComparison.Ordinal);
}
