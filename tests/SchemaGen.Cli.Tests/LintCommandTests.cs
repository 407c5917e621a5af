namespace SchemaGen.Cli.Tests;

public class LintCommandTests
{
    [Fact]
    public void Valid_files_pass()
    {
        var run = CliRun.Of("lint", RepoPaths.SchemaV1, RepoPaths.SchemaV2);

        // The only hazard from v1 to v2 is informational: it is printed, and lint passes.
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{RepoPaths.SchemaV2}(12,14): info SG3001: Creating index idx_users_email blocks writes to users while it builds\n", run.Error);
    }

    [Fact]
    public void A_missing_file_fails_without_hiding_the_others()
    {
        var run = CliRun.Of("lint", "missing.sql", RepoPaths.SchemaV1);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("missing.sql: file not found", run.Error);
    }

    // Needs the parser (main).
    [Fact]
    public void Errors_are_located_and_exit_1()
    {
        using var temp = new TempDirectory();
        var bad = temp.File("bad.sql", "CREATE TABLE t (id int);\nCREATE TABEL u (id int);\n");

        var run = CliRun.Of("lint", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(bad) + @"\(2,\d+\): error SG\d{4}: ", run.Error);
    }

    [Fact]
    public void Hazards_between_consecutive_files_are_printed_in_compiler_format_and_errors_exit_1()
    {
        using var temp = new TempDirectory();
        var v1 = temp.File("001.sql", "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    nickname text\n);\n");
        var v2 = temp.File("002.sql", "CREATE TABLE users (\n    id bigint PRIMARY KEY\n);\n");

        var run = CliRun.Of("lint", v1, v2);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{v1}(3,5): error SG1002: Dropping column users.nickname deletes its values in every row\n", run.Error);
        Assert.Contains($"{v1}(3,5): info SG4002: ", run.Error);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_lint()
    {
        using var temp = new TempDirectory();
        var v1 = temp.File("001.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        var v2 = temp.File("002.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n");

        var run = CliRun.Of("lint", v1, v2);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{v2}(1,44): warning SG2001: ", run.Error);
    }

    [Fact]
    public void Existing_migrations_of_the_sample_are_checked_statement_by_statement()
    {
        var file = Path.Combine(RepoPaths.ExistingMigrations, "002_add_users_index.sql");

        var run = CliRun.Of("lint", "--migration", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"{file}(8,1): warning SG7001: CREATE INDEX on existing table users blocks writes while it builds: use CREATE INDEX CONCURRENTLY\n"
            + $"{file}(8,1): warning SG7006: CREATE INDEX waits for its lock without limit, and queues every query behind it: SET lock_timeout first\n"
            + $"{file}(16,1): info SG7002: DROP INDEX idx_users_created_at locks its table against reads and writes: use DROP INDEX CONCURRENTLY\n",
            run.Error);
    }

    [Fact]
    public void Concurrently_in_a_transaction_fails_migration_lint()
    {
        using var temp = new TempDirectory();
        var file = temp.File("003.sql", "SET lock_timeout = '5s';\nBEGIN;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON users (email);\nCOMMIT;\n");

        var run = CliRun.Of("lint", "--migration", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}(3,14): error SG7004: CREATE INDEX CONCURRENTLY cannot run inside a transaction block (BEGIN at line 2)\n", run.Error);
    }

    [Fact]
    public void A_folder_of_migrations_is_checked_in_name_order()
    {
        var run = CliRun.Of("lint", "--migration", RepoPaths.ExistingMigrations);

        Assert.Equal(0, run.ExitCode);
        var files = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Path.GetFileName(l.Substring(0, l.IndexOf('(')))).Distinct();
        Assert.Equal(new[] { "001_initial_schema.sql", "002_add_users_index.sql" }, files);
        Assert.Contains("001_initial_schema.sql(8,1): info SG7005: CREATE TABLE without IF NOT EXISTS fails when the migration is run again", run.Error);
    }
}
