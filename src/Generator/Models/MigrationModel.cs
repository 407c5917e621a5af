namespace SchemaGen.Generator.Models;

/// <summary>
/// Everything the emitter writes for one migration. <see cref="IsGenerated"/> is false when an input
/// has errors (the analyzer reports those) or the engine failed (<see cref="Diagnostic"/>).
/// </summary>
internal sealed record MigrationModel(
    string Id,
    string ClassName,
    string Name,
    long Number,
    string? FromName,
    string? FromFile,
    string ToName,
    string ToFile,
    string Up,
    string Down,
    string Checksum,
    bool IsTransactional,
    EquatableArray<string> Changes,
    EquatableArray<string> Hazards,
    bool IsGenerated,
    DiagnosticInfo? Diagnostic);
