using SchemaGen.Core.Text;

namespace SchemaGen.Core.Lexing;

/// <summary>
/// The tokens of a source text (comments and whitespace dropped, ending with one
/// <see cref="TokenKind.EndOfFile"/> token) and the lexical errors met on the way.
/// </summary>
public sealed class LexResult
{
    public LexResult(string source, Token[] tokens, IReadOnlyList<LexError> errors)
    {
        Source = source;
        Tokens = tokens;
        Errors = errors;
    }

    public string Source { get; }
    public Token[] Tokens { get; }
    public IReadOnlyList<LexError> Errors { get; }
}

/// <summary>A lexical error: where and what was expected.</summary>
public readonly record struct LexError(int Start, int Length, string Message);
