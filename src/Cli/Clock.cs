using System.Globalization;

namespace SchemaGen.Cli;

/// <summary>
/// The time written into migration headers. SCHEMAGEN_NOW pins it, so that generated files
/// (and tests, and CI diffs of generated files) are reproducible.
/// </summary>
internal static class Clock
{
    public const string Variable = "SCHEMAGEN_NOW";

    /// <summary>The pinned time, the system clock when unset; null when the variable does not parse.</summary>
    public static DateTimeOffset? FromEnvironment()
    {
        var pinned = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(pinned)) return DateTimeOffset.Now;
        return DateTimeOffset.TryParse(pinned, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var time)
            ? time
            : null;
    }
}
