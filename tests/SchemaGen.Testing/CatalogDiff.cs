using System.Text;

namespace SchemaGen.Testing;

/// <summary>The difference between an expected and an actual <see cref="CatalogSnapshot"/>.</summary>
public sealed class CatalogDiff
{
    internal CatalogDiff(IReadOnlyList<CatalogEntry> missing, IReadOnlyList<CatalogEntry> extra,
        IReadOnlyList<(CatalogEntry Expected, CatalogEntry Actual)> changed)
    {
        Missing = missing;
        Extra = extra;
        Changed = changed;
    }

    /// <summary>Expected but absent.</summary>
    public IReadOnlyList<CatalogEntry> Missing { get; }

    /// <summary>Present but not expected.</summary>
    public IReadOnlyList<CatalogEntry> Extra { get; }

    /// <summary>Same object, different definition.</summary>
    public IReadOnlyList<(CatalogEntry Expected, CatalogEntry Actual)> Changed { get; }

    public bool IsEmpty => Missing.Count == 0 && Extra.Count == 0 && Changed.Count == 0;

    public override string ToString()
    {
        if (IsEmpty)
            return "(no differences)";
        var text = new StringBuilder();
        foreach (var entry in Missing)
            text.Append("- missing: ").AppendLine(entry.ToString());
        foreach (var entry in Extra)
            text.Append("+ extra:   ").AppendLine(entry.ToString());
        foreach (var (expected, actual) in Changed)
        {
            text.Append("~ changed: ").AppendLine(expected.Id);
            text.Append("    expected: ").AppendLine(Indent(expected.Value));
            text.Append("    actual:   ").AppendLine(Indent(actual.Value));
        }
        return text.ToString().TrimEnd();
    }

    private static string Indent(string value) => value.Replace("\n", "\n              ", StringComparison.Ordinal);
}
