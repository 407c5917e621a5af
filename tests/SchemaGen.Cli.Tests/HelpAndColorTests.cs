using System.Text.RegularExpressions;

namespace SchemaGen.Cli.Tests;

/// <summary>Help on every command, shell completions through the [suggest] directive, and colour only where it belongs.</summary>
public class HelpAndColorTests
{
    private const string Escape = "\u001b[";

    public static TheoryData<string> Commands => new() { "diff", "lint", "apply", "status", "rollback", "baseline", "script" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_with_a_description_for_each_option(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Description:", run.Out);
        Assert.Contains("Usage:", run.Out);
        Assert.Contains("--no-color", run.Out);
        var options = run.Out.Split('\n').SkipWhile(l => l != "Options:").Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.NotEmpty(options);
        // An option line is "  -x, --name <value>  Description"; one without a description ends after its names.
        Assert.All(options, line => Assert.Matches(@"^\s+-\S.*?\s{2,}\S", line));
    }

    [Fact]
    public void Root_help_lists_every_command()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in Commands) Assert.Contains("  " + command, run.Out);
    }

    [Fact]
    public void The_suggest_directive_completes_commands_and_options_for_dotnet_suggest()
    {
        Assert.Equal("diff", CliRun.Of("[suggest:2]", "di").Out.Trim());
        Assert.Contains("--format", CliRun.Of("[suggest:9]", "diff --fo").Out.Split('\n'));
    }

    [Fact]
    public void Diagnostics_on_a_terminal_have_their_severity_coloured()
    {
        using var temp = new TempDirectory();
        var bad = temp.File("bad.sql", "CREATE TABLE t (id int);\nCREATE TABEL u (id int);\n");

        var run = CliRun.OnTerminal("lint", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches("^" + Regex.Escape(bad) + @"\(2,\d+\): \u001b\[31merror SG\d{4}:\u001b\[0m ", run.Error);
    }

    [Fact]
    public void No_color_option_and_redirected_output_are_plain()
    {
        using var temp = new TempDirectory();
        var bad = temp.File("bad.sql", "CREATE TABEL u (id int);\n");

        Assert.DoesNotContain(Escape, CliRun.OnTerminal("lint", bad, "--no-color").Error);
        Assert.DoesNotContain(Escape, CliRun.Of("lint", bad).Error);
        Assert.Matches(@"error SG\d{4}: ", CliRun.Of("lint", bad).Error);
    }

    [Theory]
    [InlineData(true, false, null, true)]
    [InlineData(true, false, "", true)]
    [InlineData(true, false, "1", false)]
    [InlineData(true, false, "0", false)]
    [InlineData(true, true, null, false)]
    [InlineData(false, false, null, false)]
    public void Colour_needs_a_terminal_and_no_opt_out(bool terminal, bool option, string? variable, bool expected) =>
        Assert.Equal(expected, TerminalColors.Enabled(terminal, option, variable));

    [Fact]
    public void Status_states_are_coloured_and_the_rest_of_the_line_is_kept()
    {
        var output = new StringWriter { NewLine = "\n" };
        using (var writer = TerminalColors.ForStatus(output))
        {
            writer.WriteLine("applied  001_v1 (v1)");
            writer.Write("pending  002_");
            writer.WriteLine("v2 (v2)");
            writer.WriteLine("db: 1 applied, 1 pending.");
        }

        Assert.Equal(
            "\u001b[32mapplied\u001b[0m  001_v1 (v1)\n\u001b[33mpending\u001b[0m  002_v2 (v2)\ndb: 1 applied, 1 pending.\n",
            output.ToString());
    }
}
