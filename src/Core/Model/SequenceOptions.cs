namespace SchemaGen.Core.Model;

/// <summary>A sequence's settings with PostgreSQL's defaults filled in.</summary>
public sealed record SequenceOptions(string Type, long Increment, long MinValue, long MaxValue, long Start, long Cache, bool Cycle);
