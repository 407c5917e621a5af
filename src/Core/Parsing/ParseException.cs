namespace SchemaGen.Core.Parsing;

/// <summary>
/// Unwinds the parser to the statement boundary where it recovers; it never leaves the parser.
/// </summary>
internal sealed class ParseException : Exception
{
    public ParseException(string message, int start, int length, bool unsupported)
        : base(message)
    {
        Start = start;
        Length = length;
        Unsupported = unsupported;
    }

    public int Start { get; }
    public int Length { get; }
    public bool Unsupported { get; }
}
