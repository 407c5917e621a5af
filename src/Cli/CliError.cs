namespace SchemaGen.Cli;

/// <summary>A failure with a message meant for the user and the exit code that goes with it.</summary>
internal sealed class CliError : Exception
{
    public CliError(string message, int exitCode = ExitCodes.InvalidInput) : base(message) => ExitCode = exitCode;

    public int ExitCode { get; }
}
