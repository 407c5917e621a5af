using System.Diagnostics;
using Npgsql;
using SchemaGen.Runtime.Sql;
using SchemaGen.Testing;

namespace SchemaGen.Runtime.Tests;

public class ScriptTests
{
    private static readonly TestMigration[] Migrations =
    [
        new(
            "001_init",
            "CREATE TABLE t (id int PRIMARY KEY, note text);\nCREATE TYPE mood AS ENUM ('a');\n"
            + "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;",
            "DROP FUNCTION f(); DROP TYPE mood; DROP TABLE t;"),
        new(
            "002_concurrently",
            "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'b';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_note ON t (note);",
            "DROP INDEX CONCURRENTLY IF EXISTS t_note;",
            transactional: false),
        new(
            "003_it's; \\ $schemagen_do$ -- x",
            "ALTER TABLE t ADD COLUMN c text DEFAULT 'x;y' -- a trailing comment\n;\nINSERT INTO t VALUES (1, 'it''s \\ fine');",
            "ALTER TABLE t DROP COLUMN c; DELETE FROM t;"),
    ];

    [Fact]
    public async Task Plain_script_run_like_psql_gives_the_same_catalog_and_history_as_apply()
    {
        await using var applied = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_script_apply");
        await using var scripted = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_script_plain");
        await using (var runner = new MigrationRunner(applied.ConnectionString, Migrations))
            await runner.ApplyAsync();

        await using var scriptRunner = new MigrationRunner(scripted.ConnectionString, Migrations);
        var script = scriptRunner.Script();
        Assert.Contains("BEGIN;", script);
        Assert.Contains("-- Non-transactional migration", script);
        Assert.DoesNotContain("DO $", script);

        await RunScriptAsync(scripted.ConnectionString, script, preferPsql: true);

        Assert.Equal(await CatalogAsync(applied.ConnectionString), await CatalogAsync(scripted.ConnectionString));
        Assert.Equal(await HistoryAsync(applied.ConnectionString), await HistoryAsync(scripted.ConnectionString));
        Assert.True((await scriptRunner.GetStatusAsync()).IsUpToDate);
        Assert.Equal("it's \\ fine|x;y", await Db.ScalarAsync<string>(scripted.ConnectionString, "SELECT note || '|' || c FROM t"));
    }

    [Fact]
    public async Task Idempotent_script_can_run_twice_and_after_apply()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_script_idem");
        await using var reference = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_script_idem_ref");
        await using (var runner = new MigrationRunner(reference.ConnectionString, Migrations))
            await runner.ApplyAsync();

        // The database already has 001 from the runner; the script skips it, applies the rest, and then again skips all.
        await using var partial = new MigrationRunner(db.ConnectionString, Migrations, new MigrationRunnerOptions { TargetId = "001_init" });
        await partial.ApplyAsync();
        var script = partial.Script(idempotent: true);
        Assert.Contains("DO $schemagen_do$", script);
        Assert.Contains("$schemagen_do1$", script); // migration 003 holds the plain tag, so it gets another one

        await RunScriptAsync(db.ConnectionString, script, preferPsql: false);
        await RunScriptAsync(db.ConnectionString, script, preferPsql: true);

        Assert.Equal(await CatalogAsync(reference.ConnectionString), await CatalogAsync(db.ConnectionString));
        Assert.Equal(await HistoryAsync(reference.ConnectionString), await HistoryAsync(db.ConnectionString));
        Assert.Equal(1L, await Db.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM t"));
    }

    [Fact]
    public async Task Script_selects_the_range_after_from_up_to_to()
    {
        await using var runner = new MigrationRunner("Host=localhost", Migrations);

        var script = runner.Script("001_init", "002_concurrently");

        Assert.DoesNotContain("CREATE TABLE t ", script);
        Assert.Contains("CREATE INDEX CONCURRENTLY", script);
        Assert.DoesNotContain("ADD COLUMN c", script);
        Assert.Throws<ArgumentException>(() => runner.Script("002_concurrently", "001_init"));
        Assert.Throws<ArgumentException>(() => runner.Script(toId: "999"));
        Assert.DoesNotContain("-- 001_init", runner.Script("003_it's; \\ $schemagen_do$ -- x"));
    }

    [Fact]
    public async Task Hostile_history_names_stay_quoted_in_the_script()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_script_hostile");
        var options = new MigrationRunnerOptions { HistorySchema = "we\"ird; DROP SCHEMA public --", HistoryTable = "hist'ory $$ x" };
        await using var runner = new MigrationRunner(db.ConnectionString, Migrations, options);

        var script = runner.Script(idempotent: true);
        await RunScriptAsync(db.ConnectionString, script, preferPsql: true);
        await RunScriptAsync(db.ConnectionString, script, preferPsql: true);

        var status = await runner.GetStatusAsync();
        Assert.True(status.IsUpToDate);
        Assert.Equal(3, status.Applied.Count);
        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "t"));
    }

    /// <summary>Runs a script the way psql does: statement by statement in autocommit, stopping at the first error.</summary>
    private static async Task RunScriptAsync(string connectionString, string script, bool preferPsql)
    {
        if (preferPsql && FindPsql() is { } psql)
        {
            await RunWithPsqlAsync(psql, connectionString, script);
            return;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in SqlStatementSplitter.Split(script))
        {
            await using var command = new NpgsqlCommand(statement.Text, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task RunWithPsqlAsync(string psql, string connectionString, string script)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, script);
        try
        {
            var start = new ProcessStartInfo(psql)
            {
                ArgumentList = { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "-U", builder.Username!, "-d", builder.Database!, "-f", file },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["PGPASSWORD"] = builder.Password ?? "";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"psql failed ({process.ExitCode}): {await stderr}\n{await stdout}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? FindPsql()
        => (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "psql"))
            .FirstOrDefault(File.Exists);

    internal static Task<List<string>> CatalogAsync(string connectionString)
        => Db.ColumnAsync(connectionString, """
            SELECT x FROM (
                SELECT format('column %s.%s %s %s %s', table_name, column_name, data_type, is_nullable, column_default) AS x
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schemagen_history'
                UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'schemagen_history'
                UNION ALL SELECT 'enum ' || t.typname || ' ' || e.enumlabel
                    FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
                UNION ALL SELECT 'function ' || p.oid::regprocedure::text || ' ' || pg_get_functiondef(p.oid)
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
            ) s ORDER BY x COLLATE "C"
            """);

    internal static Task<List<string>> HistoryAsync(string connectionString)
        => Db.ColumnAsync(connectionString, """
            SELECT concat_ws('|', id, name, checksum, success, error, statements_applied, schemagen_version, finished_at IS NOT NULL)
            FROM public.schemagen_history ORDER BY id COLLATE "C"
            """);
}
