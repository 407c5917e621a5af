namespace SchemaGen.Core.Formatting;

/// <summary>One hand-written migration file to learn a style from.</summary>
public sealed record MigrationSample(string FileName, string Text);
