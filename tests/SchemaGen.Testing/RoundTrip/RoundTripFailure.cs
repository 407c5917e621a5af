namespace SchemaGen.Testing.RoundTrip;

/// <summary>A round-trip check found the migration wrong; the message says which step and shows the SQL.</summary>
public sealed class RoundTripFailure : Exception
{
    public RoundTripFailure(string step, string message, Exception? inner = null)
        : base(message, inner)
    {
        Step = step;
    }

    /// <summary>E.g. "apply UP", "catalog after UP", "rows after DOWN".</summary>
    public string Step { get; }
}
