namespace SchemaGen.Core.Model;

/// <summary>An identity column's kind and the options of its implicit sequence.</summary>
public sealed record Identity(bool Always, QualifiedName Sequence, SequenceOptions Options);
