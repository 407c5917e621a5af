namespace SchemaGen.Core.Syntax;

/// <summary>A column definition: name, type, collation and inline constraints.</summary>
public sealed record ColumnSyntax(
    string Name,
    TypeSyntax Type,
    NameSyntax? Collation,
    IReadOnlyList<ConstraintSyntax> Constraints,
    int NameStart,
    int NameEnd,
    int Start,
    int End) : SyntaxNode(Start, End)
{
    /// <summary>The column's previous name, from a <c>@renamed from=</c> annotation.</summary>
    public string? RenamedFrom { get; init; }
}
