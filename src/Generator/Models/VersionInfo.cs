namespace SchemaGen.Generator.Models;

/// <summary>A schema version's names: <paramref name="Id"/> like <c>002_schema_v2</c>, <paramref name="Name"/> like <c>schema_v2</c>.</summary>
internal sealed record VersionInfo(string Id, string Name, string FileName, long Number);
