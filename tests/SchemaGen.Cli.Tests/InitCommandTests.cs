using System.Text.Json;
using Npgsql;
using SchemaGen.Testing;

namespace SchemaGen.Cli.Tests;

public class InitCommandTests
{
    /// <summary>Schemas from the corpora (pg-schema-diff, migra, sqldef to.sql files) plus our own, one per file.</summary>
    private static string AdoptionFolder => Path.Combine(RepoPaths.Root, "tests", "SchemaGen.Cli.Tests", "Adoption");

    public static TheoryData<string> AdoptionSchemas()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(AdoptionFolder, "*.sql").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(AdoptionSchemas))]
    public async Task Init_writes_a_file_that_diffs_empty_against_the_database_and_builds_the_same_schema(string schema)
    {
        using var folder = new TempDirectory();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_init");
        await db.ExecuteScriptAsync(File.ReadAllText(Path.Combine(AdoptionFolder, schema)), schema);
        var file = Path.Combine(folder.Path, "Schema", "001_init.sql");

        var init = CliRun.Of("init", "--connection", db.ConnectionString, "--out", file);
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.DoesNotContain("warning", init.Error);

        AssertEmptyDiff(CliRun.Of("diff", file, db.ConnectionString, "--format", "json"));
        AssertEmptyDiff(CliRun.Of("diff", db.ConnectionString, file, "--format", "json"));

        // The file is a schema PostgreSQL accepts, and the database it builds is the one it was read from.
        await using var rebuilt = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_init_rebuilt");
        await rebuilt.ExecuteScriptAsync(File.ReadAllText(file), "001_init.sql");
        // The baseline added the runner's history table to the original; it is not part of the schema.
        var expected = (await db.CatalogAsync()).Lines.Where(l => !l.Contains("schemagen_history", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var actual = (await rebuilt.CatalogAsync()).Lines.Order(StringComparer.Ordinal);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    [Fact]
    public async Task Init_records_the_file_as_applied_with_the_id_and_checksum_of_apply()
    {
        using var folder = new TempDirectory();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_init_baseline");
        await db.ExecuteScriptAsync("CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);");
        var schemaDir = Path.Combine(folder.Path, "Schema");
        var file = Path.Combine(schemaDir, "001_init.sql");

        var uri = ToUri(db.ConnectionString);
        var init = CliRun.Of("init", "--connection", uri, "--out", file);

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Contains("recorded 001_init as applied", init.Out);
        var expected = SchemaVersionMigrations.Load(schemaDir, TextWriter.Null).Single();
        await using (var connection = new NpgsqlConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT id, checksum FROM public.schemagen_history", connection);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(expected.Id, reader.GetString(0));
            Assert.Equal(expected.Checksum, reader.GetString(1));
            Assert.False(await reader.ReadAsync());
        }

        var status = CliRun.Of("status", "--connection", uri, "--schema-dir", schemaDir);
        Assert.Contains("1 applied, 0 pending, 0 drifted", status.Out);

        // The next version is a migration from the baseline, and the history table is not part of the schema.
        File.WriteAllText(Path.Combine(schemaDir, "002_names.sql"),
            File.ReadAllText(file).Replace("email text NOT NULL", "email text NOT NULL,\n    name text", StringComparison.Ordinal));
        var apply = CliRun.Of("apply", "--connection", db.ConnectionString, "--schema-dir", schemaDir);
        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.Contains("applied 002_names", apply.Out);
        AssertEmptyDiff(CliRun.Of("diff", Path.Combine(schemaDir, "002_names.sql"), db.ConnectionString, "--format", "json"));
    }

    [Fact]
    public async Task Init_refuses_a_folder_that_already_holds_versions_and_an_existing_file()
    {
        using var folder = new TempDirectory();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_init_refuse");
        folder.File("Schema/001_init.sql", "CREATE TABLE t (id int);\n");

        var existing = CliRun.Of("init", "--connection", db.ConnectionString, "--out", Path.Combine(folder.Path, "Schema", "001_init.sql"));
        Assert.Equal(1, existing.ExitCode);
        Assert.Contains("exists; pass --force", existing.Error);

        var other = CliRun.Of("init", "--connection", db.ConnectionString, "--out", Path.Combine(folder.Path, "Schema", "000_first.sql"));
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("already holds schema versions (001_init.sql)", other.Error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "Schema", "000_first.sql")));
    }

    [Fact]
    public async Task Init_names_the_objects_it_leaves_out_and_reads_only_the_schemas_asked_for()
    {
        using var folder = new TempDirectory();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_init_unsupported");
        await db.ExecuteScriptAsync("""
            CREATE COLLATION german (provider = icu, locale = 'de-DE');
            CREATE SCHEMA app;
            CREATE TABLE app.items (id int PRIMARY KEY);
            CREATE TABLE public.other (id int);
            """);
        var file = Path.Combine(folder.Path, "Schema", "001_init.sql");

        var init = CliRun.Of("init", "--connection", db.ConnectionString, "--out", file, "--no-baseline");

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Contains("does not manage these objects and leaves them out: collation public.german", init.Error);
        var narrowed = CliRun.Of("init", "--connection", db.ConnectionString, "--out", file, "--force", "--no-baseline", "--schema", "app");
        Assert.True(narrowed.ExitCode == 0, narrowed.Error);
        var text = File.ReadAllText(file);
        Assert.Contains("CREATE TABLE app.items", text);
        Assert.DoesNotContain("other", text);
        Assert.DoesNotContain("german", narrowed.Error);
    }

    [Fact]
    public async Task Diff_takes_a_database_on_either_side()
    {
        using var folder = new TempDirectory();
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("cli_diff_db");
        await db.ExecuteScriptAsync("CREATE TABLE users (id int PRIMARY KEY, email text);");
        var file = folder.File("002_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text, name text);\n");
        var uri = ToUri(db.ConnectionString);

        var toFile = JsonOf(CliRun.Of("diff", uri, file, "--format", "json"));
        Assert.Contains("ADD COLUMN IF NOT EXISTS name text", toFile.GetProperty("up").GetString());
        Assert.Contains("DROP COLUMN IF EXISTS name", toFile.GetProperty("down").GetString());

        var fromFile = JsonOf(CliRun.Of("diff", file, db.ConnectionString, "--format", "json"));
        Assert.Contains("DROP COLUMN IF EXISTS name", fromFile.GetProperty("up").GetString());

        var named = CliRun.Of("diff", file, uri);
        Assert.Equal(0, named.ExitCode);
        Assert.DoesNotContain("postgresql://", named.Out);
        Assert.Contains(new NpgsqlConnectionStringBuilder(db.ConnectionString).Database!, named.Out);
    }

    [Fact]
    public void Diff_against_an_unreachable_database_never_prints_the_password()
    {
        using var folder = new TempDirectory();
        var file = folder.File("001.sql", "CREATE TABLE t (id int);\n");

        foreach (var connection in new[]
        {
            "Host=127.0.0.1;Port=1;Username=app;Password=s3cret-pw;Timeout=2",
            "postgresql://app:s3cret-pw@127.0.0.1:1/app?connect_timeout=2",
        })
        {
            var run = CliRun.Of("diff", file, connection);
            Assert.Equal(4, run.ExitCode);
            Assert.Contains("127.0.0.1:1/", run.Error);
            Assert.DoesNotContain("s3cret-pw", run.Error + run.Out);
        }
    }

    private static void AssertEmptyDiff(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        var json = JsonOf(run);
        Assert.Equal("", json.GetProperty("up").GetString());
        Assert.Equal("", json.GetProperty("down").GetString());
    }

    private static JsonElement JsonOf(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    private static string ToUri(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var password = string.IsNullOrEmpty(b.Password) ? "" : ":" + Uri.EscapeDataString(b.Password);
        return $"postgresql://{Uri.EscapeDataString(b.Username!)}{password}@{b.Host}:{b.Port}/{Uri.EscapeDataString(b.Database!)}";
    }
}
