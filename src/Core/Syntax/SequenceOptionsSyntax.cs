namespace SchemaGen.Core.Syntax;

/// <summary>The options of CREATE/ALTER SEQUENCE and of identity columns; null means not given.</summary>
public sealed record SequenceOptionsSyntax
{
    public TypeSyntax? As { get; init; }
    public long? Increment { get; init; }
    public long? MinValue { get; init; }
    public bool NoMinValue { get; init; }
    public long? MaxValue { get; init; }
    public bool NoMaxValue { get; init; }
    public long? Start { get; init; }
    public long? Restart { get; init; }
    public long? Cache { get; init; }
    public bool? Cycle { get; init; }
    public NameSyntax? OwnedBy { get; init; }
    public bool OwnedByNone { get; init; }
    public NameSyntax? SequenceName { get; init; }
    public bool? Logged { get; init; }
}
