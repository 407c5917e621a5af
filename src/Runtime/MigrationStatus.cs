namespace SchemaGen.Runtime;

/// <summary>How the database's history compares with the migrations in the code.</summary>
public sealed class MigrationStatus
{
    internal MigrationStatus(
        IReadOnlyList<AppliedMigration> applied,
        IReadOnlyList<IMigration> pending,
        IReadOnlyList<AppliedMigration> drifted,
        IReadOnlyList<AppliedMigration> unknown,
        IReadOnlyList<AppliedMigration> failed)
    {
        Applied = applied;
        Pending = pending;
        Drifted = drifted;
        Unknown = unknown;
        Failed = failed;
    }

    /// <summary>Successfully applied migrations, in id order, including drifted and unknown ones.</summary>
    public IReadOnlyList<AppliedMigration> Applied { get; }

    /// <summary>Migrations in the code that are not successfully applied, in the order Apply would run them.</summary>
    public IReadOnlyList<IMigration> Pending { get; }

    /// <summary>Applied migrations whose recorded checksum differs from the code's: edited after they were applied.</summary>
    public IReadOnlyList<AppliedMigration> Drifted { get; }

    /// <summary>History rows for which the code has no migration (applied by a newer version, or deleted from the code).</summary>
    public IReadOnlyList<AppliedMigration> Unknown { get; }

    /// <summary>Non-transactional migrations that failed or were interrupted part way; they are also pending.</summary>
    public IReadOnlyList<AppliedMigration> Failed { get; }

    /// <summary>True when nothing is pending and no applied migration drifted.</summary>
    public bool IsUpToDate => Pending.Count == 0 && Drifted.Count == 0;
}
