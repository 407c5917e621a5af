namespace SchemaGen.Runtime;

/// <summary>
/// One migration between two consecutive schema versions, as emitted by the SchemaGen
/// source generator (or written by hand).
/// </summary>
public interface IMigration
{
    /// <summary>Orders migrations and names them in the history table, e.g. <c>002_schema_v2</c>.</summary>
    string Id { get; }

    /// <summary>A readable name, e.g. <c>schema_v1 -&gt; schema_v2</c>.</summary>
    string Name { get; }

    /// <summary>SQL that moves the database to this version (bare statements, no BEGIN/COMMIT).</summary>
    string Up { get; }

    /// <summary>SQL that moves the database back to the previous version.</summary>
    string Down { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Up"/>; detects migrations edited after they were applied.</summary>
    string Checksum { get; }

    /// <summary>False when the migration holds statements PostgreSQL refuses inside a transaction.</summary>
    bool IsTransactional { get; }
}
