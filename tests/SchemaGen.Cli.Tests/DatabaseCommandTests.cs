using Npgsql;
using SchemaGen.Testing;

namespace SchemaGen.Cli.Tests;

public class DatabaseCommandTests
{
    // The generator tests' Users schemas (tests/SchemaGen.Generator.Tests/Infrastructure/Schemas.cs).
    private const string UsersV1 = """
        -- Initial user table schema
        CREATE TABLE users (
            id SERIAL PRIMARY KEY,
            email VARCHAR(255) UNIQUE NOT NULL,
            created_at TIMESTAMP DEFAULT NOW()
        );

        """;

    private const string UsersV2 = """
        -- Updated user table schema
        CREATE TABLE users (
            id SERIAL PRIMARY KEY,
            email VARCHAR(255) UNIQUE NOT NULL,
            name VARCHAR(255) NOT NULL,
            created_at TIMESTAMP DEFAULT NOW(),
            updated_at TIMESTAMP DEFAULT NOW()
        );

        -- New index for email lookups
        CREATE INDEX idx_users_email ON users(email);

        """;

    private static TempDirectory UsersFolder()
    {
        var folder = new TempDirectory();
        folder.File("schema_v1.sql", UsersV1);
        folder.File("schema_v2.sql", UsersV2);
        folder.File("notes.txt", "not a schema");
        return folder;
    }

    [Fact]
    public void Ids_names_and_checksums_match_the_source_generator()
    {
        using var folder = UsersFolder();

        var migrations = SchemaVersionMigrations.Load(folder.Path, TextWriter.Null);

        // The values in tests/SchemaGen.Generator.Tests/Snapshots/Users.Migration_00*.cs.txt.
        Assert.Equal(["001_schema_v1", "002_schema_v2"], migrations.Select(m => m.Id));
        Assert.Equal(["(empty) -> schema_v1", "schema_v1 -> schema_v2"], migrations.Select(m => m.Name));
        Assert.Equal(
            ["dfd64354decc0ae0003a19c9732d54d3769924bb00e6814476f28816f55017b4", "602225798284c8fc30b3b249d381673aaf1d1d10e3ca80f36559f333240ef86a"],
            migrations.Select(m => m.Checksum));
        Assert.All(migrations, m => Assert.True(m.IsTransactional));
    }

    [Fact]
    public async Task Apply_status_rollback_round_trip()
    {
        using var folder = UsersFolder();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_roundtrip");
        var cs = db.ConnectionString;

        var status = CliRun.Of("status", "--connection", cs, "--schema-dir", folder.Path);
        Assert.Equal(ExitCodes.Pending, status.ExitCode);
        Assert.Contains("pending  001_schema_v1 ((empty) -> schema_v1)", status.Out);
        Assert.Contains("0 applied, 2 pending", status.Out);

        var dryRun = CliRun.Of("apply", "--connection", cs, "--schema-dir", folder.Path, "--dry-run");
        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("would apply 001_schema_v1", dryRun.Out);
        Assert.Contains("would apply 002_schema_v2", dryRun.Out);
        Assert.False(await TableExistsAsync(cs, "public.schemagen_history"));

        var first = CliRun.Of("apply", "--connection", cs, "--schema-dir", folder.Path, "--target", "001_schema_v1");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("applied 001_schema_v1", first.Out);
        Assert.DoesNotContain("002_schema_v2", first.Out);
        Assert.False(await ColumnExistsAsync(cs, "name"));

        var rest = CliRun.Of("apply", "-c", cs, "-s", folder.Path);
        Assert.Equal(0, rest.ExitCode);
        Assert.Contains("applied 002_schema_v2 (schema_v1 -> schema_v2)", rest.Out);
        Assert.True(await ColumnExistsAsync(cs, "name"));
        Assert.Contains("up to date", CliRun.Of("apply", "-c", cs, "-s", folder.Path).Out);

        status = CliRun.Of("status", "--connection", cs, "--schema-dir", folder.Path);
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Contains("applied  002_schema_v2", status.Out);
        Assert.Contains("2 applied, 0 pending, 0 drifted, 0 unknown", status.Out);

        var rollback = CliRun.Of("rollback", "--connection", cs, "--schema-dir", folder.Path, "--to", "001_schema_v1");
        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains("rolled back 002_schema_v2", rollback.Out);
        Assert.False(await ColumnExistsAsync(cs, "name"));
        Assert.True(await TableExistsAsync(cs, "public.users"));
        Assert.Contains("1 applied, 1 pending", CliRun.Of("status", "-c", cs, "-s", folder.Path).Out);

        Assert.Equal(0, CliRun.Of("apply", "-c", cs, "-s", folder.Path).ExitCode);
        Assert.True(await ColumnExistsAsync(cs, "name"));
    }

    [Fact]
    public async Task Baseline_records_existing_versions_and_apply_runs_only_later_ones()
    {
        using var folder = UsersFolder();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_baseline");
        var cs = db.ConnectionString;
        await ScalarAsync(cs, "CREATE TABLE users (id SERIAL PRIMARY KEY, email VARCHAR(255) UNIQUE NOT NULL, created_at TIMESTAMP DEFAULT NOW())");

        var dry = CliRun.Of("baseline", "-c", cs, "-s", folder.Path, "--to", "001_schema_v1", "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("would record 001_schema_v1", dry.Out);
        Assert.False(await TableExistsAsync(cs, "public.schemagen_history"));

        var baseline = CliRun.Of("baseline", "-c", cs, "-s", folder.Path, "--to", "001_schema_v1");
        Assert.Equal(0, baseline.ExitCode);
        Assert.Contains("recorded 001_schema_v1 ((empty) -> schema_v1) as applied", baseline.Out);

        var apply = CliRun.Of("apply", "-c", cs, "-s", folder.Path);
        Assert.Equal(0, apply.ExitCode);
        Assert.DoesNotContain("001_schema_v1", apply.Out);
        Assert.Contains("applied 002_schema_v2", apply.Out);
        Assert.True(await ColumnExistsAsync(cs, "updated_at"));
    }

    [Fact]
    public async Task A_drifted_migration_fails_apply_with_the_database_exit_code()
    {
        using var folder = UsersFolder();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_drift");
        Assert.Equal(0, CliRun.Of("apply", "-c", db.ConnectionString, "-s", folder.Path, "--target", "001_schema_v1").ExitCode);

        // Editing an applied version changes its migration's checksum.
        folder.File("schema_v1.sql", UsersV1.Replace("created_at TIMESTAMP", "created_at TIMESTAMPTZ", StringComparison.Ordinal));
        var run = CliRun.Of("apply", "-c", db.ConnectionString, "-s", folder.Path);

        Assert.Equal(ExitCodes.DatabaseError, run.ExitCode);
        Assert.Contains("001_schema_v1", run.Error);
        Assert.Contains("changed after it was applied", run.Error);
        var status = CliRun.Of("status", "-c", db.ConnectionString, "-s", folder.Path);
        Assert.Contains("drifted  001_schema_v1", status.Out);
        Assert.Equal(ExitCodes.DatabaseError, status.ExitCode);
    }

    [Fact]
    public async Task Status_exits_4_when_the_database_has_migrations_the_code_does_not_know()
    {
        using var folder = UsersFolder();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_unknown");
        Assert.Equal(0, CliRun.Of("apply", "-c", db.ConnectionString, "-s", folder.Path).ExitCode);

        // An older checkout of the application: it knows only the first version.
        File.Delete(Path.Combine(folder.Path, "schema_v2.sql"));
        var status = CliRun.Of("status", "-c", db.ConnectionString, "-s", folder.Path);

        Assert.Equal(ExitCodes.DatabaseError, status.ExitCode);
        Assert.Contains("unknown  002_schema_v2 (schema_v1 -> schema_v2): in the history but not in", status.Out);
    }

    [Fact]
    public async Task Lock_timeout_fails_a_migration_stuck_behind_a_lock_and_names_it()
    {
        using var folder = UsersFolder();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_lock_timeout");
        var cs = db.ConnectionString;
        Assert.Equal(0, CliRun.Of("apply", "-c", cs, "-s", folder.Path, "--target", "001_schema_v1").ExitCode);

        await using var holder = new NpgsqlConnection(cs);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockIt = new NpgsqlCommand("LOCK TABLE users IN ACCESS SHARE MODE", holder, transaction))
            await lockIt.ExecuteNonQueryAsync();

        var run = CliRun.Of("apply", "-c", cs, "-s", folder.Path, "--lock-timeout", "0.2");

        Assert.Equal(ExitCodes.DatabaseError, run.ExitCode);
        Assert.Contains("Migration 002_schema_v2 (schema_v1 -> schema_v2) failed in UP statement 1", run.Error);
        Assert.Contains("55P03", run.Error);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("apply", "-c", cs, "-s", folder.Path, "--lock-timeout", "-1").ExitCode);
    }

    [Fact]
    public void Unreachable_database_fails_without_printing_the_password()
    {
        using var folder = UsersFolder();
        const string password = "s3cret-Pa55word";

        var run = CliRun.Of("status", "--connection", $"Host=127.0.0.1;Port=1;Database=app;Username=me;Password={password};Timeout=2", "-s", folder.Path);

        Assert.Equal(ExitCodes.DatabaseError, run.ExitCode);
        Assert.Contains("127.0.0.1:1/app", run.Error);
        Assert.DoesNotContain(password, run.Error + run.Out);
    }

    [Fact]
    public void Usage_and_input_errors_have_their_exit_codes()
    {
        using var folder = UsersFolder();

        var noConnection = CliRun.Of("status", "-s", folder.Path);
        Assert.Equal(Environment.GetEnvironmentVariable("SCHEMAGEN_CONNECTION") is null ? ExitCodes.Usage : noConnection.ExitCode, noConnection.ExitCode);

        var unknownTarget = CliRun.Of("apply", "-c", "Host=localhost;Password=pw", "-s", folder.Path, "--target", "009_nope");
        Assert.Equal(ExitCodes.InvalidInput, unknownTarget.ExitCode);
        Assert.Contains("009_nope", unknownTarget.Error);
        Assert.Contains("001_schema_v1, 002_schema_v2", unknownTarget.Error);

        var missingFolder = CliRun.Of("status", "-c", "Host=localhost", "-s", Path.Combine(folder.Path, "nope"));
        Assert.Equal(ExitCodes.InvalidInput, missingFolder.ExitCode);

        var badConnection = CliRun.Of("status", "-c", "Host=localhost;Pasword=hunter2", "-s", folder.Path);
        Assert.Equal(ExitCodes.Usage, badConnection.ExitCode);
        Assert.DoesNotContain("hunter2", badConnection.Error);

        Assert.Equal(ExitCodes.Usage, CliRun.Of("rollback", "-c", "Host=localhost", "-s", folder.Path).ExitCode);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("apply", "-c", "Host=localhost").ExitCode);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("apply", "-c", "Host=localhost", "-s", folder.Path, "--assembly", CliProcess.TestAssembly).ExitCode);
    }

    [Fact]
    public void Assembly_errors_name_the_file_and_what_is_missing()
    {
        using var folder = UsersFolder();

        var missing = CliRun.Of("script", "--assembly", Path.Combine(folder.Path, "App.dll"));
        Assert.Equal(ExitCodes.InvalidInput, missing.ExitCode);
        Assert.Contains("App.dll: assembly not found", missing.Error);

        var notAnAssembly = CliRun.Of("script", "--assembly", Path.Combine(folder.Path, "notes.txt"));
        Assert.Equal(ExitCodes.InvalidInput, notAnAssembly.ExitCode);
        Assert.Contains("not a .NET assembly", notAnAssembly.Error);

        // SchemaGen.Core is a real assembly without a generated registry.
        var noRegistry = CliRun.Of("script", "--assembly", Path.Combine(AppContext.BaseDirectory, "SchemaGen.Core.dll"));
        Assert.Equal(ExitCodes.InvalidInput, noRegistry.ExitCode);
        Assert.Contains("has no migration registry (SchemaMigrations.All)", noRegistry.Error);

        Assert.Equal(ExitCodes.InvalidInput, CliRun.Of("script", "--assembly", folder.Path).ExitCode);
    }

    [Fact]
    public void Script_over_an_assembly_lists_its_registry_in_order()
    {
        var script = CliRun.Of("script", "--assembly", CliProcess.TestAssembly, "--from", "001_items");

        Assert.Equal(0, script.ExitCode);
        Assert.DoesNotContain("-- 001_items", script.Out);
        Assert.True(script.Out.IndexOf("-- 002_bump", StringComparison.Ordinal) < script.Out.IndexOf("-- 003_index", StringComparison.Ordinal));
        Assert.Contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS items_v", script.Out);
        Assert.Contains("--from 009: no such migration; there are 001_items, 002_bump, 003_index",
            CliRun.Of("script", "--assembly", CliProcess.TestAssembly, "--from", "009").Error);
    }

    [Fact]
    public void Script_prints_the_selected_migrations()
    {
        using var folder = UsersFolder();

        var all = CliRun.Of("script", "--schema-dir", folder.Path);
        Assert.Equal(0, all.ExitCode);
        Assert.Contains("-- 001_schema_v1: (empty) -> schema_v1", all.Out);
        Assert.Contains("-- 002_schema_v2: schema_v1 -> schema_v2", all.Out);
        Assert.Contains("COMMIT;", all.Out);

        var later = CliRun.Of("script", "--schema-dir", folder.Path, "--from", "001_schema_v1", "--idempotent");
        Assert.Equal(0, later.ExitCode);
        Assert.DoesNotContain("-- 001_schema_v1", later.Out);
        Assert.Contains("DO $schemagen_do$", later.Out);

        Assert.Equal(ExitCodes.Usage, CliRun.Of("script", "-s", folder.Path, "--from", "002_schema_v2", "--to", "001_schema_v1").ExitCode);
    }

    private static async Task<bool> TableExistsAsync(string cs, string name)
        => await ScalarAsync(cs, $"SELECT to_regclass('{name}') IS NOT NULL") is true;

    private static async Task<bool> ColumnExistsAsync(string cs, string column)
        => await ScalarAsync(cs, $"SELECT count(*) > 0 FROM information_schema.columns WHERE table_name = 'users' AND column_name = '{column}'") is true;

    private static async Task<object?> ScalarAsync(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}

public class DatabaseCommandNonTransactionalTests
{
    [Fact]
    public async Task A_folder_whose_migration_adds_an_enum_value_applies_rolls_back_and_scripts()
    {
        using var folder = new TempDirectory();
        folder.File("001_init.sql", "CREATE TYPE mood AS ENUM ('a');\nCREATE TABLE t (id int, m mood);\n");
        folder.File("002_more.sql", "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE t (id int, m mood);\nCREATE INDEX t_id ON t (id);\n");
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_nontx");
        var cs = db.ConnectionString;

        var migrations = SchemaVersionMigrations.Load(folder.Path, TextWriter.Null);
        Assert.False(migrations[1].IsTransactional);

        // Behind a transaction-pooling proxy nothing would keep a second runner out of it.
        var pooled = CliRun.Of("apply", "-c", cs, "-s", folder.Path, "--transaction-pooling");
        Assert.Equal(ExitCodes.DatabaseError, pooled.ExitCode);
        Assert.Contains("Cannot apply 002_more", pooled.Error);
        Assert.Contains("0 applied, 2 pending", CliRun.Of("status", "-c", cs, "-s", folder.Path).Out);

        var apply = CliRun.Of("apply", "-c", cs, "-s", folder.Path);
        Assert.Equal(0, apply.ExitCode);
        Assert.Contains("applied 002_more", apply.Out);
        Assert.Contains("applying 002_more: statement 2/2", apply.Error);
        Assert.Contains("2 applied, 0 pending", CliRun.Of("status", "-c", cs, "-s", folder.Path).Out);

        var script = CliRun.Of("script", "-s", folder.Path, "--from", "001_init");
        Assert.Contains("-- Non-transactional migration", script.Out);
        Assert.DoesNotContain("BEGIN;", script.Out);

        var rollback = CliRun.Of("rollback", "-c", cs, "-s", folder.Path, "--all", "--dry-run");
        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains("would roll back 002_more", rollback.Out);
        Assert.Contains("would roll back 001_init", rollback.Out);
        Assert.Contains("2 applied, 0 pending", CliRun.Of("status", "-c", cs, "-s", folder.Path).Out);
    }
}
