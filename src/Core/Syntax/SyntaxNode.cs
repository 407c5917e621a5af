namespace SchemaGen.Core.Syntax;

/// <summary>Any parsed piece of a schema file; <see cref="Start"/>/<see cref="End"/> are character offsets.</summary>
public abstract record SyntaxNode(int Start, int End)
{
    public int Length => End - Start;
}
