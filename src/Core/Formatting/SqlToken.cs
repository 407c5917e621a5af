namespace SchemaGen.Core.Formatting;

/// <summary>The lexical classes the formatter cares about: words may be rewritten, nothing else is.</summary>
internal enum SqlTokenKind
{
    /// <summary>An unquoted identifier or keyword.</summary>
    Word,
    /// <summary>A quoted identifier, string, dollar-quoted body, number or operator: never rewritten.</summary>
    Literal,
    OpenParen,
    CloseParen,
    Comma,
    Semicolon,
    Dot,
}

internal readonly record struct SqlToken(SqlTokenKind Kind, int Start, int Length)
{
    public string Text(string source) => source.Substring(Start, Length);

    public bool Is(string source, string word) =>
        Kind == SqlTokenKind.Word && Length == word.Length
        && string.Compare(source, Start, word, 0, Length, StringComparison.OrdinalIgnoreCase) == 0;
}
