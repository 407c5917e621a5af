namespace SchemaGen.Generator.Models;

/// <summary>A <c>.sql</c> additional file as values; <paramref name="Text"/> is null when it could not be read.</summary>
internal sealed record SchemaFile(string Path, string? Text);
