using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Core.Versioning;

/// <summary>
/// Schema files ordered into versions. Files without a number and files sharing a number are
/// left out of <see cref="Versions"/> and reported in <see cref="Diagnostics"/>.
/// </summary>
public sealed class VersionOrder
{
    internal VersionOrder(IReadOnlyList<SchemaVersion> versions, IReadOnlyList<SchemaDiagnostic> diagnostics, bool hasDuplicates)
    {
        Versions = versions;
        Diagnostics = diagnostics;
        HasDuplicates = hasDuplicates;
    }

    /// <summary>The versions by ascending number; each number occurs once.</summary>
    public IReadOnlyList<SchemaVersion> Versions { get; }

    /// <summary>SG0004 diagnostics, one per offending file, located at its start.</summary>
    public IReadOnlyList<SchemaDiagnostic> Diagnostics { get; }

    /// <summary>
    /// True when files share a number: the sequence is ambiguous, so migrations past the first
    /// ambiguous number would be guesses.
    /// </summary>
    public bool HasDuplicates { get; }
}
