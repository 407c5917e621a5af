using System.CommandLine;

namespace SchemaGen.Cli;

/// <summary>
/// The <c>schemagen</c> command line. <see cref="Run"/> takes its writers and clock as
/// parameters so that tests run it in-process.
/// </summary>
internal static class SchemaGenCli
{
    /// <param name="outputIsTerminal">Whether standard output is a terminal, so that it may be coloured.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal, so that it may be coloured.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<DateTimeOffset>? clock = null,
        bool outputIsTerminal = false, bool errorIsTerminal = false)
    {
        var context = new CliContext(stdout, stderr, clock) { ErrorIsTerminal = errorIsTerminal };
        var root = new RootCommand("SchemaGen: PostgreSQL migrations from versions of a schema.")
        {
            DiffCommand.Create(context),
            LintCommand.Create(context),
            InitCommand.Create(context),
        };
        foreach (var command in DatabaseCommands.Create(context))
            root.Subcommands.Add(command);
        var noColor = TerminalColors.CreateOption();
        root.Options.Add(noColor);

        var parseResult = root.Parse(args);
        var noColorVariable = Environment.GetEnvironmentVariable(TerminalColors.NoColorVariable);
        if (TerminalColors.Enabled(errorIsTerminal, parseResult.GetValue(noColor), noColorVariable))
            stderr = context.ColorErrors();
        if (TerminalColors.Enabled(outputIsTerminal, parseResult.GetValue(noColor), noColorVariable)
            && parseResult.CommandResult.Command.Name == "status")
            context.ColorStatus();
        // System.CommandLine reports usage errors with exit code 1, which scripts could not tell
        // apart from invalid schema files.
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
                stderr.WriteLine($"schemagen: {error.Message}");
            stderr.WriteLine("Run 'schemagen --help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            // After Ctrl+C, time for the runner to cancel the running statement and roll back; exiting
            // sooner would leave the server running it in an orphaned session that still holds the lock.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
        };
        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (CliError error)
        {
            stderr.WriteLine($"schemagen: error: {error.Message}");
            return error.ExitCode;
        }
        catch (Exception error)
        {
            stderr.WriteLine($"schemagen: internal error: {error.GetType().Name}: {error.Message}");
            stderr.WriteLine("This is a bug in SchemaGen; please report it with the schema files that caused it.");
            return ExitCodes.InternalError;
        }
        finally
        {
            // A colouring writer holds an unfinished last line until flushed.
            context.Error.Flush();
            context.Out.Flush();
        }
    }
}
