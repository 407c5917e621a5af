namespace SchemaGen.Core.Lexing;

/// <summary>
/// One token: its kind and its span in the source text. Tokens hold no strings, so lexing
/// does not allocate per token; text is read from the source on demand.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public string Text(string source) => source.Substring(Start, Length);
}
