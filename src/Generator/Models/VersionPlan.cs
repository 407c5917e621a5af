namespace SchemaGen.Generator.Models;

/// <summary>The schema files ordered into consecutive pairs, with SG0004/SG0099 for files that stop generation.</summary>
internal sealed record VersionPlan(
    EquatableArray<MigrationPair> Pairs,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool HasSchemaFiles);
