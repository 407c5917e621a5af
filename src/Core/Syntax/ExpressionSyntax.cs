namespace SchemaGen.Core.Syntax;

/// <summary>
/// An expression kept as a token range: defaults, checks, index expressions and predicates are
/// compared on a normalised token form and written back with the file's own text.
/// </summary>
public sealed record ExpressionSyntax(int FirstToken, int EndToken, int Start, int End) : SyntaxNode(Start, End);
