namespace SchemaGen.Cli.Tests;

/// <summary>One in-process run of <c>schemagen</c>: its exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static readonly DateTimeOffset Now = new(2024, 11, 27, 21, 40, 0, TimeSpan.Zero);

    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = SchemaGenCli.Run(args, stdout, stderr, () => Now);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A run whose standard output and error are a terminal, where colour is allowed.</summary>
    public static CliRun OnTerminal(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = SchemaGenCli.Run(args, stdout, stderr, () => Now, outputIsTerminal: true, errorIsTerminal: true);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
