namespace SchemaGen.Runtime;

/// <summary>A migration that one call of <see cref="MigrationRunner"/> applied or rolled back.</summary>
public sealed class ExecutedMigration
{
    internal ExecutedMigration(string id, string name, TimeSpan duration, bool resumed)
    {
        Id = id;
        Name = name;
        Duration = duration;
        Resumed = resumed;
    }

    /// <summary>The migration's <see cref="IMigration.Id"/>.</summary>
    public string Id { get; }

    /// <summary>The migration's <see cref="IMigration.Name"/>.</summary>
    public string Name { get; }

    /// <summary>Time spent running its statements and recording it.</summary>
    public TimeSpan Duration { get; }

    /// <summary>
    /// True when an earlier run of this non-transactional migration had failed part way and this
    /// call continued it from the failed statement.
    /// </summary>
    public bool Resumed { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}) in {Duration.TotalMilliseconds:0} ms";
}
