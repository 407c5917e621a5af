namespace SchemaGen.Core.Model;

/// <summary>One key of an index or EXCLUDE constraint.</summary>
public sealed record IndexElement(
    string? Column,
    Expression? Expression,
    string? Collation,
    string? OperatorClass,
    bool Descending,
    bool NullsFirst,
    string? ExcludeOperator);
