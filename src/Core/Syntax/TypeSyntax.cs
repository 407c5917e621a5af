namespace SchemaGen.Core.Syntax;

/// <summary>
/// A type as written: its name words (<c>double precision</c>, <c>character varying</c>,
/// <c>timestamp ... with time zone</c> or a qualified user type), modifiers and array bounds.
/// </summary>
public sealed record TypeSyntax(
    NameSyntax Name,
    IReadOnlyList<string> Modifiers,
    string? TimeZone,
    string? IntervalFields,
    int ArrayDimensions,
    bool Quoted,
    int Start,
    int End) : SyntaxNode(Start, End);
