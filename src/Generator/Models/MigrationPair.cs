namespace SchemaGen.Generator.Models;

/// <summary>
/// Two consecutive versions to diff. <paramref name="From"/> is null for the first version, which
/// migrates from an empty database. Equal pairs are not diffed again.
/// </summary>
internal sealed record MigrationPair(
    VersionInfo? FromVersion,
    ParsedSchema? From,
    VersionInfo ToVersion,
    ParsedSchema To);
