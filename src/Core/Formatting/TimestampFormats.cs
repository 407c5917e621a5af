using System.Globalization;

namespace SchemaGen.Core.Formatting;

/// <summary>Recognises the timestamp spellings teams put in migration headers.</summary>
internal static class TimestampFormats
{
    // Most specific first: a format that parses a shorter prefix must not win over a longer one.
    private static readonly string[] Candidates =
    {
        "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.fffzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.fff",
        "yyyy-MM-dd HH:mm:ss 'UTC'",
        "yyyy-MM-dd HH:mm:ss zzz",
        "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm 'UTC'",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd",
        "yyyy/MM/dd HH:mm:ss",
        "yyyy/MM/dd HH:mm",
        "yyyy/MM/dd",
        "dd.MM.yyyy HH:mm:ss",
        "dd.MM.yyyy HH:mm",
        "dd.MM.yyyy",
        "yyyyMMddHHmmss",
        "yyyyMMdd",
    };

    /// <summary>The format <paramref name="text"/> is written in, or null when it is not a timestamp.</summary>
    public static string? Detect(string text)
    {
        text = text.Trim();
        if (text.Length < 8 || !char.IsDigit(text[0])) return null;
        foreach (var format in Candidates)
        {
            if (DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture,
                    DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out _))
                return format;
        }
        return null;
    }

    /// <summary>Whether a format spells the time as UTC, so the clock must be converted first.</summary>
    public static bool IsUtc(string format) =>
        format.Contains("'Z'") || format.Contains("'UTC'");

    public static string Format(DateTimeOffset time, string format, bool utc) =>
        (utc ? time.ToUniversalTime() : time).ToString(format, CultureInfo.InvariantCulture);
}
