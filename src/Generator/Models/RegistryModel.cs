namespace SchemaGen.Generator.Models;

/// <summary>
/// The migrations listed by the registry, oldest first. <paramref name="StoppedAt"/> names the first
/// migration that could not be generated; the registry ends before it so that nothing is applied
/// out of sequence.
/// </summary>
internal sealed record RegistryModel(EquatableArray<string> ClassNames, string? StoppedAt);
