namespace SchemaGen.Core.Formatting;

/// <summary>
/// Learns a <see cref="MigrationStyle"/> from a team's hand-written migrations (the seed's
/// "extract patterns" phase). Files are taken in name order, so the newest convention wins a
/// tie; what no file shows falls back to <see cref="MigrationStyle.Default"/>.
/// </summary>
public static class StyleExtractor
{
    // Share of case-telling keywords that must agree before the style re-spells keywords.
    private const double KeywordCaseAgreement = 0.8;

    /// <summary>The style of the <c>*.sql</c> files directly in <paramref name="directory"/>.</summary>
    public static MigrationStyle ExtractFromDirectory(string directory)
    {
        var samples = Directory.GetFiles(directory, "*.sql")
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .Select(p => new MigrationSample(Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
        return Extract(samples);
    }

    public static MigrationStyle Extract(IEnumerable<MigrationSample> samples)
    {
        var facts = samples
            .OrderBy(s => s.FileName, StringComparer.Ordinal)
            .Select(s => new SampleFacts(s))
            .ToList();
        if (facts.Count == 0) return MigrationStyle.Default;

        var style = MigrationStyle.Default;
        style = WithHeader(style, facts);
        style = WithTransactions(style, facts);
        style = WithMarkers(style, facts);
        style = WithKeywordCase(style, facts);
        return WithIdempotence(style, facts);
    }

    private static MigrationStyle WithHeader(MigrationStyle style, List<SampleFacts> facts)
    {
        var headed = facts.Where(f => f.Header is not null).ToList();
        if (headed.Count == 0) return style with { HeaderLines = Array.Empty<string>() };

        var latest = headed[headed.Count - 1].Header!;
        // A line that is neither a placeholder nor shared by every file (an author, a ticket)
        // belongs to that one migration, not to the convention.
        var lines = latest
            .Where(line => line.Contains("{") || (headed.Count > 1 && headed.All(f => f.Header!.Contains(line))))
            .ToList();
        var format = headed.LastOrDefault(f => f.TimestampFormat is not null)?.TimestampFormat;
        return style with
        {
            HeaderLines = lines,
            TimestampFormat = format ?? style.TimestampFormat,
            TimestampInUtc = format is not null ? TimestampFormats.IsUtc(format) : style.TimestampInUtc,
        };
    }

    private static MigrationStyle WithTransactions(MigrationStyle style, List<SampleFacts> facts)
    {
        var wrap = Vote(facts, f => f.HasTransaction);
        var latest = facts.LastOrDefault(f => f.BeginStatement is not null);
        return style with
        {
            WrapInTransaction = wrap,
            BeginStatement = latest?.BeginStatement ?? style.BeginStatement,
            CommitStatement = latest?.CommitStatement ?? style.CommitStatement,
        };
    }

    private static MigrationStyle WithMarkers(MigrationStyle style, List<SampleFacts> facts)
    {
        var source = facts.LastOrDefault(f => f.HasMarkers);
        if (source is null) return style;

        var upMarker = source.UpMarker;
        var upGroup = source.UpGroupMarker;
        var downMarker = source.DownMarker;
        var downGroup = source.DownGroupMarker;
        // Up-only tools (Flyway-like files with "-- +goose Up" alone) still need a DOWN section:
        // spell it like the UP one.
        if (downMarker is null && downGroup is null)
        {
            downMarker = upMarker is null ? (upGroup is null ? style.DownMarker : null) : SwapDirection(upMarker);
            downGroup = upGroup is null ? null : SwapDirection(upGroup);
        }
        return style with
        {
            UpMarker = upMarker,
            UpMarkerPlacement = source.UpPlacement,
            UpGroupMarker = upGroup,
            DownMarker = downMarker,
            DownMarkerPlacement = source.DownMarker is null ? style.DownMarkerPlacement : source.DownPlacement,
            DownGroupMarker = downGroup,
        };
    }

    private static string SwapDirection(string marker)
    {
        var match = System.Text.RegularExpressions.Regex.Match(marker, @"\b(up|Up|UP)\b");
        if (!match.Success) return marker;
        var replacement = match.Value switch { "UP" => "DOWN", "Up" => "Down", _ => "down" };
        return marker.Substring(0, match.Index) + replacement + marker.Substring(match.Index + match.Length);
    }

    private static MigrationStyle WithKeywordCase(MigrationStyle style, List<SampleFacts> facts)
    {
        var upper = facts.Sum(f => f.UpperKeywords);
        var lower = facts.Sum(f => f.LowerKeywords);
        var total = upper + lower;
        if (total == 0) return style;
        var keywordCase = upper >= total * KeywordCaseAgreement ? KeywordCase.Upper
            : lower >= total * KeywordCaseAgreement ? KeywordCase.Lower
            : KeywordCase.Preserve;
        return style with { KeywordCase = keywordCase };
    }

    private static MigrationStyle WithIdempotence(MigrationStyle style, List<SampleFacts> facts)
    {
        var voters = facts.Where(f => f.GuardableStatements > 0).ToList();
        if (voters.Count == 0) return style;
        return style with { Idempotent = Vote(voters, f => f.GuardedStatements * 2 >= f.GuardableStatements) };
    }

    // Majority of files; a tie goes to the newest file, conventions drift forward.
    private static bool Vote(List<SampleFacts> facts, Func<SampleFacts, bool> says)
    {
        var yes = facts.Count(says);
        var no = facts.Count - yes;
        return yes != no ? yes > no : says(facts[facts.Count - 1]);
    }
}
