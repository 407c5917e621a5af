using SchemaGen.Core.Formatting;

namespace SchemaGen.Generator.Models;

/// <summary>
/// The part of a team's migration style that shapes the generated SQL constants. Headers and
/// transaction wrapping do not apply: the runner wraps each migration itself.
/// </summary>
/// <param name="Idempotent">Null when no style files were given.</param>
internal sealed record SqlConventions(bool? Idempotent, KeywordCase KeywordCase)
{
    public static SqlConventions None { get; } = new(null, KeywordCase.Preserve);
}

/// <summary>How every migration's SQL is written: the project's setting first, then the style, then idempotent.</summary>
internal sealed record WriteOptions(bool Idempotent, KeywordCase KeywordCase)
{
    public static WriteOptions Default { get; } = new(true, KeywordCase.Preserve);
}
