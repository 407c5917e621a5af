namespace SchemaGen.Core.Formatting;

/// <summary>
/// What a migration file's header says about it. A null <see cref="Description"/> is
/// written as a summary of <see cref="Migration.Changes"/>.
/// </summary>
public sealed record MigrationFileHeader(string Name, DateTimeOffset Created, string? Description = null);
