using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SchemaGen.Runtime.Execution;
using SchemaGen.Runtime.Sql;

namespace SchemaGen.Runtime.History;

/// <summary>The runner's own SQL against the history table; names are always quoted, values always parameters.</summary>
internal sealed class HistoryTable
{
    internal static readonly string Version =
        typeof(HistoryTable).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HistoryTable).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private readonly string _schema;
    private readonly string _table;

    public HistoryTable(string schema, string table)
    {
        _schema = schema;
        _table = table;
        QualifiedName = Identifier.Quote(schema) + "." + Identifier.Quote(table);
        LockKey = ComputeLockKey(schema, table);
    }

    /// <summary>The schema's name, unquoted.</summary>
    public string Schema => _schema;

    /// <summary>The quoted <c>"schema"."table"</c>, safe to splice into SQL.</summary>
    public string QualifiedName { get; }

    /// <summary>
    /// The advisory lock key: derived from the table so runners of two applications sharing a
    /// database with different history tables do not wait for each other.
    /// </summary>
    public long LockKey { get; }

    public async Task<bool> ExistsAsync(NpgsqlConnection connection, bool async, CancellationToken ct)
    {
        // to_regclass yields NULL (no error) when the schema or table is missing.
        var oid = await Db.ScalarAsync(connection, null, "SELECT to_regclass($1)::oid", async, ct, QualifiedName)
            .ConfigureAwait(false);
        return oid is not null;
    }

    /// <summary>Creates the schema and table when missing. Call only while holding the advisory lock:
    /// concurrent CREATE TABLE IF NOT EXISTS can still fail on a unique index of pg_type.</summary>
    public async Task EnsureCreatedAsync(NpgsqlConnection connection, bool async, CancellationToken ct)
    {
        try
        {
            await CreateIfMissingAsync(connection, async, ct).ConfigureAwait(false);
        }
        catch (PostgresException e)
        {
            throw new MigrationException(
                $"Could not create the history table {QualifiedName}: {e.SqlState}: {e.MessageText}. "
                + "Create it as a role that may, or choose another schema with MigrationRunnerOptions.HistorySchema.",
                e);
        }
    }

    private async Task CreateIfMissingAsync(NpgsqlConnection connection, bool async, CancellationToken ct)
    {
        if (await ExistsAsync(connection, async, ct).ConfigureAwait(false))
            return;

        // CREATE SCHEMA IF NOT EXISTS checks the CREATE privilege on the database before it checks
        // existence, so it would fail for an application role that only owns or may use the schema.
        var schemaExists = await Db.ScalarAsync(connection, null, "SELECT true FROM pg_namespace WHERE nspname = $1", async, ct, _schema)
            .ConfigureAwait(false) is true;
        if (!schemaExists)
            await Db.ExecuteAsync(connection, null, $"CREATE SCHEMA IF NOT EXISTS {Identifier.Quote(_schema)}", async, ct).ConfigureAwait(false);

        var sql = CreateTableSql;
        await Db.ExecuteAsync(connection, null, sql, async, ct).ConfigureAwait(false);
    }

    /// <summary>The CREATE TABLE IF NOT EXISTS statement of the history table (no semicolon).</summary>
    public string CreateTableSql => $"""
        CREATE TABLE IF NOT EXISTS {QualifiedName} (
            id text PRIMARY KEY,
            name text NOT NULL,
            checksum text NOT NULL,
            started_at timestamptz NOT NULL,
            finished_at timestamptz,
            duration interval,
            success boolean NOT NULL,
            error text,
            statements_applied integer NOT NULL DEFAULT 0,
            applied_by text NOT NULL DEFAULT current_user,
            schemagen_version text NOT NULL
        )
        """;

    public Task<List<AppliedMigration>> ReadAsync(NpgsqlConnection connection, bool async, CancellationToken ct)
        => Db.QueryAsync(
            connection,
            $"""
            SELECT id, name, checksum, started_at, finished_at, duration, success, error, statements_applied, schemagen_version
            FROM {QualifiedName} ORDER BY id COLLATE "C"
            """,
            r => new AppliedMigration(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetFieldValue<DateTimeOffset>(3),
                r.IsDBNull(4) ? null : r.GetFieldValue<DateTimeOffset>(4),
                r.IsDBNull(5) ? null : r.GetFieldValue<TimeSpan>(5),
                r.GetBoolean(6),
                r.IsDBNull(7) ? null : r.GetString(7),
                r.GetInt32(8),
                r.GetString(9)),
            async,
            ct);

    /// <summary>Records a finished migration; inside the migration's transaction when it has one.</summary>
    public Task RecordSuccessAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IMigration migration, TimeSpan duration, int statements, bool async, CancellationToken ct)
        => Db.ExecuteAsync(
            connection,
            transaction,
            $"""
            INSERT INTO {QualifiedName} AS h (id, name, checksum, started_at, finished_at, duration, success, error, statements_applied, schemagen_version)
            VALUES ($1, $2, $3, clock_timestamp() - $4::interval, clock_timestamp(), $4::interval, true, NULL, $5, $6)
            ON CONFLICT (id) DO UPDATE SET
                name = EXCLUDED.name, checksum = EXCLUDED.checksum, started_at = EXCLUDED.started_at,
                finished_at = EXCLUDED.finished_at, duration = EXCLUDED.duration, success = true, error = NULL,
                statements_applied = EXCLUDED.statements_applied, schemagen_version = EXCLUDED.schemagen_version,
                applied_by = current_user
            """,
            async,
            ct,
            migration.Id,
            migration.Name,
            migration.Checksum,
            duration,
            statements,
            Version);

    /// <summary>
    /// Marks a non-transactional migration as started before its first statement commits, so an
    /// interrupted run (crash, SIGKILL) leaves a row saying so instead of a silently half-applied schema.
    /// </summary>
    public Task RecordStartAsync(NpgsqlConnection connection, IMigration migration, int statementsApplied, bool async, CancellationToken ct)
        => Db.ExecuteAsync(
            connection,
            null,
            $"""
            INSERT INTO {QualifiedName} AS h (id, name, checksum, started_at, success, statements_applied, schemagen_version)
            VALUES ($1, $2, $3, clock_timestamp(), false, $4, $5)
            ON CONFLICT (id) DO UPDATE SET
                name = EXCLUDED.name, checksum = EXCLUDED.checksum, started_at = EXCLUDED.started_at,
                finished_at = NULL, duration = NULL, success = false, error = NULL,
                statements_applied = EXCLUDED.statements_applied, schemagen_version = EXCLUDED.schemagen_version,
                applied_by = current_user
            """,
            async,
            ct,
            migration.Id,
            migration.Name,
            migration.Checksum,
            statementsApplied,
            Version);

    public Task RecordProgressAsync(NpgsqlConnection connection, string id, int statementsApplied, bool async, CancellationToken ct)
        => Db.ExecuteAsync(
            connection, null, $"UPDATE {QualifiedName} SET statements_applied = $2 WHERE id = $1", async, ct, id, statementsApplied);

    public Task RecordFinishAsync(
        NpgsqlConnection connection, string id, TimeSpan duration, bool success, string? error, bool async, CancellationToken ct)
        => Db.ExecuteAsync(
            connection,
            null,
            $"""
            UPDATE {QualifiedName}
            SET finished_at = clock_timestamp(), duration = $2::interval, success = $3, error = $4::text
            WHERE id = $1
            """,
            async,
            ct,
            id,
            duration,
            success,
            error);

    /// <summary>
    /// After a non-transactional DOWN failed part way, the migration is neither applied nor rolled
    /// back: mark it failed from statement 0 so the next Apply re-runs its (idempotent) UP fully.
    /// </summary>
    public Task RecordRollbackFailureAsync(NpgsqlConnection connection, string id, string error, bool async, CancellationToken ct)
        => Db.ExecuteAsync(
            connection,
            null,
            $"""
            UPDATE {QualifiedName}
            SET finished_at = clock_timestamp(), success = false, error = $2, statements_applied = 0
            WHERE id = $1
            """,
            async,
            ct,
            id,
            "rollback failed: " + error);

    /// <summary>Whether the history records <paramref name="id"/> as applied, read inside the caller's transaction.</summary>
    public async Task<bool> IsAppliedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, bool async, CancellationToken ct)
        => await Db.ScalarAsync(connection, transaction, $"SELECT EXISTS (SELECT FROM {QualifiedName} WHERE id = $1 AND success)", async, ct, id)
            .ConfigureAwait(false) is true;

    public Task DeleteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, bool async, CancellationToken ct)
        => Db.ExecuteAsync(connection, transaction, $"DELETE FROM {QualifiedName} WHERE id = $1", async, ct, id);

    private static long ComputeLockKey(string schema, string table)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("SchemaGen.Runtime\0" + schema + "\0" + table));
        return BitConverter.ToInt64(hash, 0);
    }
}
