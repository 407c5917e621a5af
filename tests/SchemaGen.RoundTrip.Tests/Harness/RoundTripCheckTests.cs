using SchemaGen.Testing;
using SchemaGen.Testing.RoundTrip;

namespace SchemaGen.RoundTrip.Tests.Harness;

/// <summary>
/// The checks judged with hand-written migrations for the seed case: a right one must pass and
/// each kind of wrong one must fail, or the round-trip tests cannot be trusted either way.
/// </summary>
public sealed class RoundTripCheckTests
{
    private static readonly string[] CorrectUp =
    [
        "ALTER TABLE users ADD COLUMN IF NOT EXISTS name varchar(255) NOT NULL DEFAULT '';",
        "ALTER TABLE users ALTER COLUMN name DROP DEFAULT;",
        "ALTER TABLE users ADD COLUMN IF NOT EXISTS updated_at timestamp DEFAULT now();",
        "CREATE INDEX IF NOT EXISTS idx_users_email ON users (email);",
    ];

    private static readonly string[] CorrectDown =
    [
        "DROP INDEX IF EXISTS idx_users_email;",
        "ALTER TABLE users DROP COLUMN IF EXISTS updated_at;",
        "ALTER TABLE users DROP COLUMN IF EXISTS name;",
    ];

    private static SchemaCase Seed => Cases.Get("seed_users_v1_v2");

    [Fact]
    public async Task A_correct_migration_passes_every_check()
    {
        var migration = new MigrationScripts(CorrectUp, CorrectDown, IsTransactional: true);
        await RoundTripCheck.VerifyUpDownAsync(PostgresServer.Shared, Seed, migration);
        await RoundTripCheck.VerifyUpTwiceAsync(PostgresServer.Shared, Seed, migration);
    }

    [Fact]
    public async Task A_missing_index_fails_the_catalog_check_with_a_diff_and_the_sql()
    {
        var migration = new MigrationScripts(CorrectUp[..3], CorrectDown, IsTransactional: true);
        var failure = await Assert.ThrowsAsync<RoundTripFailure>(() => RoundTripCheck.VerifyUpDownAsync(PostgresServer.Shared, Seed, migration));
        Assert.StartsWith("catalog after UP", failure.Step);
        Assert.Contains("- missing: index public.idx_users_email", failure.Message);
        Assert.Contains("ADD COLUMN IF NOT EXISTS updated_at", failure.Message);
    }

    [Fact]
    public async Task Rewriting_a_kept_column_fails_the_row_check()
    {
        var lossy = CorrectUp.Append("UPDATE users SET created_at = NULL;").ToArray();
        var migration = new MigrationScripts(lossy, CorrectDown, IsTransactional: true);
        var failure = await Assert.ThrowsAsync<RoundTripFailure>(() => RoundTripCheck.VerifyUpDownAsync(PostgresServer.Shared, Seed, migration));
        Assert.Equal("rows after UP", failure.Step);
        Assert.Contains("created_at='2024-01-01 10:00:00'", failure.Message);
    }

    [Fact]
    public async Task A_statement_that_fails_is_reported_with_postgres_error()
    {
        var migration = new MigrationScripts(["ALTER TABLE users ADD COLUMN name varchar(255) NOT NULL;"], CorrectDown, IsTransactional: true);
        var failure = await Assert.ThrowsAsync<RoundTripFailure>(() => RoundTripCheck.VerifyUpDownAsync(PostgresServer.Shared, Seed, migration));
        Assert.Equal("apply UP", failure.Step);
        Assert.Contains("23502", failure.Message); // not_null_violation: the table has rows
    }

    [Fact]
    public async Task A_non_idempotent_up_fails_the_second_run()
    {
        var migration = new MigrationScripts(CorrectUp.Select(s => s.Replace(" IF NOT EXISTS", "")).ToArray(), CorrectDown, IsTransactional: true);
        var failure = await Assert.ThrowsAsync<RoundTripFailure>(() => RoundTripCheck.VerifyUpTwiceAsync(PostgresServer.Shared, Seed, migration));
        Assert.Equal("apply UP (second run)", failure.Step);
        Assert.Contains("42701", failure.Message); // duplicate_column
    }
}
