namespace SchemaGen.Core.Lexing;

/// <summary>PostgreSQL's lexical grammar. Placeholder until the real lexer lands.</summary>
public static partial class Lexer
{
}
