using System.CommandLine;

namespace SchemaGen.Cli;

/// <summary><c>schemagen lint FILE...</c>: parse and bind schema files, report their diagnostics.</summary>
internal static class LintCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Schema files to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("lint", "Check schema files and report every problem at its file, line and column.")
        {
            files,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(files)!));
        return command;
    }

    private static int Run(CliContext context, string[] files)
    {
        var failed = false;
        foreach (var file in files)
        {
            try
            {
                failed |= SchemaFiles.Parse(file, context.Error).HasErrors;
            }
            catch (CliError error)
            {
                // One unreadable file should not hide the diagnostics of the others.
                context.Error.WriteLine($"schemagen: error: {error.Message}");
                failed = true;
            }
        }
        return failed ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
