namespace SchemaGen.Core.Syntax;

/// <summary>CREATE [OR REPLACE] [RECURSIVE] VIEW and CREATE MATERIALIZED VIEW.</summary>
public sealed record CreateViewSyntax(
    NameSyntax Name,
    bool Materialized,
    bool OrReplace,
    bool IfNotExists,
    bool Recursive,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> WithOptions,
    string? Method,
    ExpressionSyntax Query,
    string? CheckOption,
    bool WithNoData,
    int Start,
    int End) : StatementSyntax(Start, End);

public enum AlterViewAction
{
    RenameTo,
    RenameColumn,
    SetOptions,
    ResetOptions,
    Ignored,
}

/// <summary>ALTER [MATERIALIZED] VIEW with the one action SchemaGen models.</summary>
public sealed record AlterViewSyntax(NameSyntax Name, bool Materialized, bool IfExists, AlterViewAction Action, int Start, int End)
    : StatementSyntax(Start, End)
{
    public string? From { get; init; }
    public string? To { get; init; }
    public IReadOnlyList<string> Options { get; init; } = Array.Empty<string>();
}
