using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Model;

/// <summary>What a COMMENT ON names: the kind, the object and, for columns and constraints, the table and member.</summary>
public readonly record struct CommentTarget(ObjectKind Kind, QualifiedName Object, string? Member);
