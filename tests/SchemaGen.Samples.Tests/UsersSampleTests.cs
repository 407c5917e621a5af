using System.Diagnostics;
using Npgsql;
using SchemaGen.Runtime;
using SchemaGen.Testing;

namespace SchemaGen.Samples.Tests;

/// <summary>
/// The users sample as a user runs it: the generator turned its schema files into migrations
/// at build time, and the program applies them to a real PostgreSQL that holds rows.
/// </summary>
public class UsersSampleTests
{
    [Fact]
    public void The_generator_made_one_migration_per_schema_version()
    {
        Assert.Equal(new[] { "001_schema_v1", "002_schema_v2" }, Users.SchemaMigrations.All.Select(m => m.Id));
        Assert.All(Users.SchemaMigrations.All, m => Assert.True(m.IsTransactional));
    }

    [Fact]
    public async Task The_program_applies_v2_over_v1_keeping_rows_and_a_second_run_does_nothing()
    {
        await using var database = await PostgresServer.Shared.CreateTestDatabaseAsync("sample");

        // Version 1 is deployed and holds users.
        await using (var runner = new MigrationRunner(database.ConnectionString, Users.SchemaMigrations.All.Take(1)))
            Assert.Single((await runner.ApplyAsync()).Migrations);
        await SqlScript.ExecuteAsync(database.ConnectionString,
            "INSERT INTO users (email) VALUES ('ada@example.com'), ('grace@example.com');");

        var first = RunSample(database.ConnectionString);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Applied 002_schema_v2", first.Output);

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT string_agg(email || '=' || name, ',' ORDER BY id) FROM users", connection);
            Assert.Equal("ada@example.com=,grace@example.com=", await command.ExecuteScalarAsync());
            await using var index = new NpgsqlCommand("SELECT count(*) FROM pg_indexes WHERE indexname = 'idx_users_email'", connection);
            Assert.Equal(1L, await index.ExecuteScalarAsync());
        }

        var second = RunSample(database.ConnectionString);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("The database is up to date.", second.Output);
    }

    [Fact]
    public void The_program_explains_how_to_call_it_without_a_connection_string()
    {
        var run = RunSample(null);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Output);
    }

    [Fact]
    public async Task The_cli_applies_and_rolls_back_the_registry_built_into_the_sample_sharing_its_history()
    {
        await using var database = await PostgresServer.Shared.CreateTestDatabaseAsync("sample_cli");
        var cs = database.ConnectionString;
        var assembly = Path.Combine(AppContext.BaseDirectory, "Users.dll");

        var status = RunCli("status", "-c", cs, "--assembly", assembly);
        Assert.Equal(5, status.ExitCode);
        Assert.Contains("pending  001_schema_v1 ((empty) -> schema_v1)", status.Output);
        Assert.Contains("pending  002_schema_v2 (schema_v1 -> schema_v2)", status.Output);

        var apply = RunCli("apply", "-c", cs, "--assembly", assembly);
        Assert.True(apply.ExitCode == 0, apply.Output);
        Assert.Contains("applied 002_schema_v2", apply.Output);
        Assert.Equal(0, RunCli("status", "-c", cs, "--assembly", assembly).ExitCode);

        // Same ids and checksums as the application's own runner: it finds nothing to do.
        Assert.Contains("The database is up to date.", RunSample(cs).Output);

        var rollback = RunCli("rollback", "-c", cs, "--assembly", assembly, "--to", "001_schema_v1");
        Assert.True(rollback.ExitCode == 0, rollback.Output);
        Assert.Contains("rolled back 002_schema_v2", rollback.Output);
        Assert.Equal(5, RunCli("status", "-c", cs, "--assembly", assembly).ExitCode);
        Assert.Contains("Applied 002_schema_v2", RunSample(cs).Output);
    }

    private static (int ExitCode, string Output) RunSample(string? connectionString)
        => Run("Users.dll", connectionString is null ? [] : [connectionString]);

    private static (int ExitCode, string Output) RunCli(params string[] args) => Run("schemagen.dll", args);

    private static (int ExitCode, string Output) Run(string dll, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("SCHEMAGEN_SAMPLE_DB");
        start.Environment.Remove("SCHEMAGEN_CONNECTION");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(entireProcessTree: true); throw new TimeoutException($"{dll} did not finish in 2 minutes"); }
        return (process.ExitCode, output.Result + error.Result);
    }
}
