using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

public sealed record Extension(string Name, string? Schema, string? Version, SourceLocation Location);
