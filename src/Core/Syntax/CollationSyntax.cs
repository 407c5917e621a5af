namespace SchemaGen.Core.Syntax;

/// <summary>One <c>key = value</c> of CREATE COLLATION, the value as written (string contents or folded word).</summary>
public sealed record CollationOptionSyntax(string Key, string Value);

/// <summary>CREATE COLLATION with its options, or copied FROM an existing collation.</summary>
public sealed record CreateCollationSyntax(
    NameSyntax Name,
    bool IfNotExists,
    NameSyntax? From,
    IReadOnlyList<CollationOptionSyntax> Options,
    int Start,
    int End) : StatementSyntax(Start, End);
