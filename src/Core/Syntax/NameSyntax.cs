namespace SchemaGen.Core.Syntax;

/// <summary>
/// A possibly qualified name, with each part already folded the way PostgreSQL folds
/// identifiers (unquoted to lower case, quoted kept, truncated to 63 bytes).
/// </summary>
public sealed record NameSyntax(IReadOnlyList<string> Parts, int Start, int End) : SyntaxNode(Start, End)
{
    public string Name => Parts[Parts.Count - 1];
    public string? Schema => Parts.Count >= 2 ? Parts[Parts.Count - 2] : null;
    public override string ToString() => string.Join(".", Parts);
}
