using System.Text.Json;

namespace SchemaGen.Cli.Tests;

public class DiffCommandTests
{
    [Fact]
    public void Sql_is_the_default_format_with_the_seed_header()
    {
        var run = CliRun.Of("diff", RepoPaths.SchemaV1, RepoPaths.SchemaV2);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("-- Migration: schema_v1 to schema_v2\n-- Created: 2024-11-27 21:40:00\n-- Description: ", run.Out);
        Assert.Contains("\nBEGIN;\n", run.Out);
        Assert.Contains("\n-- DOWN: Rollback changes\nBEGIN;\n", run.Out);
        Assert.EndsWith("COMMIT;\n", run.Out);
    }

    [Fact]
    public void Json_is_one_object_with_bare_statements()
    {
        var run = CliRun.Of("diff", RepoPaths.SchemaV1, RepoPaths.SchemaV2, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(new[] { "up", "down", "hazards", "transactional" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("hazards").ValueKind);
        Assert.True(root.GetProperty("transactional").GetBoolean());
        Assert.DoesNotContain("BEGIN", root.GetProperty("up").GetString());
        Assert.DoesNotContain("COMMIT", root.GetProperty("down").GetString());
        Assert.Equal("", run.Error);
    }

    // Needs the engine (main): fails while MigrationGenerator returns empty migrations.
    [Fact]
    public void Json_of_the_seed_example_holds_up_and_down()
    {
        var run = CliRun.Of("diff", RepoPaths.SchemaV1, RepoPaths.SchemaV2, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var up = json.RootElement.GetProperty("up").GetString()!;
        var down = json.RootElement.GetProperty("down").GetString()!;
        Assert.Contains("ADD COLUMN IF NOT EXISTS name", up);
        Assert.Contains("updated_at", up);
        Assert.Contains("CREATE INDEX IF NOT EXISTS idx_users_email", up);
        Assert.Contains("DROP INDEX IF EXISTS idx_users_email", down);
        Assert.Contains("DROP COLUMN IF EXISTS name", down);
    }

    // Needs the engine (main): the issue's acceptance shape for the seed example.
    [Fact]
    public void Style_from_the_seed_migrations_gives_migration_003s_shape()
    {
        var run = CliRun.Of("diff", RepoPaths.SchemaV1, RepoPaths.SchemaV2,
            "--style-from", RepoPaths.ExistingMigrations, "--name", "Add User Fields");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("-- Migration: Add User Fields\n-- Created: 2024-11-27 21:40:00\n-- Description: Add ", run.Out);
        var sections = run.Out.Split('\n').Where(l => l.StartsWith("--", StringComparison.Ordinal) || l is "BEGIN;" or "COMMIT;").Skip(3).ToArray();
        Assert.Equal(new[]
        {
            "BEGIN;", "-- UP: Add new columns", "-- UP: Create index", "COMMIT;",
            "-- DOWN: Rollback changes", "BEGIN;", "-- DOWN: Remove index", "-- DOWN: Remove columns", "COMMIT;",
        }, sections);
    }

    [Fact]
    public void Out_writes_the_file_and_names_the_migration_after_it()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "out", "migration_003_add_user_fields.sql");

        var run = CliRun.Of("diff", RepoPaths.SchemaV1, RepoPaths.SchemaV2, "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("-- Migration: Add User Fields\n", File.ReadAllText(path));
        Assert.Contains("wrote", run.Error);
    }

    [Fact]
    public void Style_from_a_lower_case_sql_migrate_folder()
    {
        using var temp = new TempDirectory();
        temp.File("migrations/1_init.sql", "-- +migrate Up\ncreate table users (id int);\n\n-- +migrate Down\ndrop table users;\n");

        var run = CliRun.Of("diff", RepoPaths.SchemaV1, RepoPaths.SchemaV2, "--style-from", Path.Combine(temp.Path, "migrations"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("-- +migrate Up\n", run.Out);
        Assert.Contains("\n-- +migrate Down\n", run.Out);
        Assert.DoesNotContain("BEGIN;", run.Out);
    }

    [Fact]
    public void Missing_style_folder_is_an_input_error()
    {
        var run = CliRun.Of("diff", RepoPaths.SchemaV1, RepoPaths.SchemaV2, "--style-from", "/nonexistent/migrations");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent/migrations: --style-from folder not found", run.Error);
    }

    [Fact]
    public void Missing_file_is_exit_1_with_a_clear_message()
    {
        var run = CliRun.Of("diff", "does/not/exist.sql", RepoPaths.SchemaV2);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("schemagen: error: does/not/exist.sql: file not found\n", run.Error);
        Assert.Equal("", run.Out);
    }

    // Needs the parser (main): fails while SchemaDocument.Parse reports no diagnostics.
    [Fact]
    public void Invalid_schema_is_exit_1_with_located_diagnostics_and_no_stack_trace()
    {
        using var temp = new TempDirectory();
        var bad = temp.File("bad.sql", "CREATE TABLE users (\n    id SERIAL PRIMARY KEY,\n    email VARCHAR(255) UNIQUE NOT NULL,,\n);\n");

        var run = CliRun.Of("diff", RepoPaths.SchemaV1, bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(bad) + @":3:\d+: error SG\d{4}: .+", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "a.sql")]
    [InlineData("diff", "a.sql", "b.sql", "--format", "xml")]
    [InlineData("diff", "a.sql", "b.sql", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData()]
    public void Usage_errors_are_exit_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("schemagen: ", run.Error);
        Assert.Contains("--help", run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("diff", "--help")]
    [InlineData("lint", "-h")]
    public void Help_is_everywhere(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out);
    }

    [Fact]
    public void No_idempotent_is_accepted()
    {
        var run = CliRun.Of("diff", RepoPaths.SchemaV1, RepoPaths.SchemaV2, "--no-idempotent", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("IF NOT EXISTS", run.Out);
    }
}
