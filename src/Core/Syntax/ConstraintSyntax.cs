namespace SchemaGen.Core.Syntax;

public enum ConstraintKind
{
    PrimaryKey,
    Unique,
    Check,
    ForeignKey,
    Exclude,
    NotNull,
    Null,
    Default,
    Generated,
    Identity,
}

public enum ReferentialAction
{
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

/// <summary>One element of an EXCLUDE constraint or an index: a column or expression with its options.</summary>
public sealed record IndexElementSyntax(
    string? Column,
    ExpressionSyntax? Expression,
    NameSyntax? Collation,
    NameSyntax? OperatorClass,
    bool Descending,
    bool? NullsFirst,
    string? ExcludeOperator,
    int Start,
    int End) : SyntaxNode(Start, End);

/// <summary>A column or table constraint in any of its forms.</summary>
public sealed record ConstraintSyntax(ConstraintKind Kind, string? Name, int Start, int End) : SyntaxNode(Start, End)
{
    public IReadOnlyList<string> Columns { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Include { get; init; } = Array.Empty<string>();
    public ExpressionSyntax? Expression { get; init; }
    public bool NoInherit { get; init; }
    public bool NotValid { get; init; }
    public bool NullsNotDistinct { get; init; }
    public bool Deferrable { get; init; }
    public bool InitiallyDeferred { get; init; }
    public NameSyntax? ReferencedTable { get; init; }
    public IReadOnlyList<string> ReferencedColumns { get; init; } = Array.Empty<string>();
    public string? Match { get; init; }
    public ReferentialAction OnDelete { get; init; }
    public ReferentialAction OnUpdate { get; init; }
    public IReadOnlyList<string> OnDeleteSetColumns { get; init; } = Array.Empty<string>();
    public bool IdentityAlways { get; init; }
    public SequenceOptionsSyntax? SequenceOptions { get; init; }
    public string? Method { get; init; }
    public IReadOnlyList<IndexElementSyntax> Elements { get; init; } = Array.Empty<IndexElementSyntax>();
    public IReadOnlyList<string> WithOptions { get; init; } = Array.Empty<string>();
    public ExpressionSyntax? Where { get; init; }

    /// <summary><c>PRIMARY KEY USING INDEX name</c>: an existing unique index becomes the constraint's.</summary>
    public string? UsingIndex { get; init; }
}
