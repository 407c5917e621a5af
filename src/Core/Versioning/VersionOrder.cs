using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Core.Versioning;

/// <summary>
/// Schema files ordered into versions. Files without a number and files sharing a number are
/// left out of <see cref="Versions"/> and reported in <see cref="Diagnostics"/>.
/// </summary>
public sealed class VersionOrder
{
    internal VersionOrder(IReadOnlyList<SchemaVersion> versions, IReadOnlyList<SchemaDiagnostic> diagnostics, long? firstDuplicate)
    {
        Versions = versions;
        Diagnostics = diagnostics;
        FirstDuplicate = firstDuplicate;
        Sequence = firstDuplicate is { } number ? versions.Where(v => v.Number < number).ToList() : versions;
    }

    /// <summary>The versions by ascending number; each number occurs once.</summary>
    public IReadOnlyList<SchemaVersion> Versions { get; }

    /// <summary>SG0004 diagnostics, one per offending file, located at its start.</summary>
    public IReadOnlyList<SchemaDiagnostic> Diagnostics { get; }

    /// <summary>The lowest number that more than one file claims, if any.</summary>
    public long? FirstDuplicate { get; }

    public bool HasDuplicates => FirstDuplicate is not null;

    /// <summary>
    /// The versions that migrate one into the next: <see cref="Versions"/> up to the first number
    /// claimed twice. Past it the sequence is ambiguous and any migration would be a guess.
    /// </summary>
    public IReadOnlyList<SchemaVersion> Sequence { get; }
}
