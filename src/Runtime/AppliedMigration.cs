namespace SchemaGen.Runtime;

/// <summary>One row of the history table.</summary>
public sealed class AppliedMigration
{
    internal AppliedMigration(
        string id,
        string name,
        string checksum,
        DateTimeOffset startedAt,
        DateTimeOffset? finishedAt,
        TimeSpan? duration,
        bool success,
        string? error,
        int statementsApplied,
        string schemaGenVersion)
    {
        Id = id;
        Name = name;
        Checksum = checksum;
        StartedAt = startedAt;
        FinishedAt = finishedAt;
        Duration = duration;
        Success = success;
        Error = error;
        StatementsApplied = statementsApplied;
        SchemaGenVersion = schemaGenVersion;
    }

    /// <summary>The migration's id.</summary>
    public string Id { get; }

    /// <summary>The migration's name when it was applied.</summary>
    public string Name { get; }

    /// <summary>The checksum of the UP SQL that was applied.</summary>
    public string Checksum { get; }

    /// <summary>When the (last) attempt started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>When it finished; <see langword="null"/> while a non-transactional migration is running or was interrupted.</summary>
    public DateTimeOffset? FinishedAt { get; }

    /// <summary>How long it took, measured by the runner.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>
    /// False for a non-transactional migration that failed or was interrupted part way: the next
    /// apply continues it. Transactional migrations leave no row when they fail.
    /// </summary>
    public bool Success { get; }

    /// <summary>The failure, when <see cref="Success"/> is false and the runner could record it.</summary>
    public string? Error { get; }

    /// <summary>How many statements of a non-transactional migration have been committed.</summary>
    internal int StatementsApplied { get; }

    /// <summary>The SchemaGen.Runtime version that applied it.</summary>
    public string SchemaGenVersion { get; }

    /// <inheritdoc />
    public override string ToString() => Success ? $"{Id} ({Name})" : $"{Id} ({Name}, failed: {Error ?? "interrupted"})";
}
