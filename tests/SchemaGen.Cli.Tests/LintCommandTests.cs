namespace SchemaGen.Cli.Tests;

public class LintCommandTests
{
    [Fact]
    public void Valid_files_pass()
    {
        var run = CliRun.Of("lint", RepoPaths.SchemaV1, RepoPaths.SchemaV2);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
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
        Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(bad) + @":2:\d+: error SG\d{4}: ", run.Error);
    }
}
