namespace SchemaGen.Core.Formatting;

/// <summary>
/// The conventions of a team's migration files: header, transaction wrapping, section markers,
/// keyword case and the IF [NOT] EXISTS habit. <see cref="Default"/> is the shape of the seed
/// example's hand-written migrations; <see cref="StyleExtractor"/> learns one from existing files.
/// </summary>
public sealed record MigrationStyle
{
    /// <summary>The placeholder in <see cref="HeaderLines"/> replaced by the migration's name.</summary>
    public const string NamePlaceholder = "{name}";

    /// <summary>The placeholder in <see cref="HeaderLines"/> replaced by the creation time, see <see cref="TimestampFormat"/>.</summary>
    public const string CreatedPlaceholder = "{created}";

    /// <summary>The placeholder in <see cref="HeaderLines"/> replaced by the summary of the changes.</summary>
    public const string DescriptionPlaceholder = "{description}";

    /// <summary>The placeholder in the group markers replaced by what the group of statements does.</summary>
    public const string GroupPlaceholder = "{group}";

    /// <summary>The seed's style: the shape of its <c>migration_003_add_user_fields.sql</c>.</summary>
    public static MigrationStyle Default { get; } = new();

    /// <summary>Comment lines at the top of the file, with placeholders; empty for no header.</summary>
    public IReadOnlyList<string> HeaderLines { get; init; } = new[]
    {
        "-- Migration: " + NamePlaceholder,
        "-- Created: " + CreatedPlaceholder,
        "-- Description: " + DescriptionPlaceholder,
    };

    /// <summary>A .NET custom date and time format string for <see cref="CreatedPlaceholder"/>.</summary>
    public string TimestampFormat { get; init; } = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Whether the timestamp is written in UTC rather than in the clock's own offset.</summary>
    public bool TimestampInUtc { get; init; }

    /// <summary>Whether UP and DOWN are each wrapped in <see cref="BeginStatement"/> / <see cref="CommitStatement"/>.</summary>
    public bool WrapInTransaction { get; init; } = true;

    public string BeginStatement { get; init; } = "BEGIN;";

    public string CommitStatement { get; init; } = "COMMIT;";

    /// <summary>The line that opens the UP section (e.g. <c>-- UP</c>, <c>-- +migrate Up</c>); null for none.</summary>
    public string? UpMarker { get; init; }

    public MarkerPlacement UpMarkerPlacement { get; init; } = MarkerPlacement.InsideTransaction;

    /// <summary>The line that opens the DOWN section; null for none.</summary>
    public string? DownMarker { get; init; } = "-- DOWN: Rollback changes";

    public MarkerPlacement DownMarkerPlacement { get; init; } = MarkerPlacement.BeforeTransaction;

    /// <summary>The comment before each group of UP statements, with <see cref="GroupPlaceholder"/>; null for none.</summary>
    public string? UpGroupMarker { get; init; } = "-- UP: " + GroupPlaceholder;

    /// <summary>The comment before each group of DOWN statements, with <see cref="GroupPlaceholder"/>; null for none.</summary>
    public string? DownGroupMarker { get; init; } = "-- DOWN: " + GroupPlaceholder;

    public KeywordCase KeywordCase { get; init; } = KeywordCase.Preserve;

    /// <summary>Whether the team writes <c>IF [NOT] EXISTS</c>; maps to <see cref="MigrationOptions.Idempotent"/>.</summary>
    public bool Idempotent { get; init; } = true;

    public MigrationOptions ToMigrationOptions() => new() { Idempotent = Idempotent };

    /// <summary>
    /// One statement with its keywords spelled in <see cref="KeywordCase"/>; names, strings,
    /// comments and bodies keep their bytes. For callers that store statements without a file
    /// around them (the source generator's <c>Up</c>/<c>Down</c> constants).
    /// </summary>
    public string SpellKeywords(string sql) => KeywordCaser.Apply(sql, KeywordCase);

    // Records compare lists by reference; styles are compared in tests and caches by content.
    public bool Equals(MigrationStyle? other) =>
        other is not null
        && HeaderLines.SequenceEqual(other.HeaderLines)
        && TimestampFormat == other.TimestampFormat
        && TimestampInUtc == other.TimestampInUtc
        && WrapInTransaction == other.WrapInTransaction
        && BeginStatement == other.BeginStatement
        && CommitStatement == other.CommitStatement
        && UpMarker == other.UpMarker
        && UpMarkerPlacement == other.UpMarkerPlacement
        && DownMarker == other.DownMarker
        && DownMarkerPlacement == other.DownMarkerPlacement
        && UpGroupMarker == other.UpGroupMarker
        && DownGroupMarker == other.DownGroupMarker
        && KeywordCase == other.KeywordCase
        && Idempotent == other.Idempotent;

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var line in HeaderLines) hash = hash * 31 + line.GetHashCode();
        hash = hash * 31 + TimestampFormat.GetHashCode();
        hash = hash * 31 + (UpGroupMarker?.GetHashCode() ?? 0);
        hash = hash * 31 + (int)KeywordCase;
        return hash * 31 + (WrapInTransaction ? 1 : 0);
    }
}
