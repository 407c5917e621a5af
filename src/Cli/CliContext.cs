namespace SchemaGen.Cli;

/// <summary>Where a command writes and what time it is: the process's, or a test's.</summary>
internal sealed class CliContext
{
    private readonly Func<DateTimeOffset>? _clock;

    public CliContext(TextWriter stdout, TextWriter stderr, Func<DateTimeOffset>? clock)
    {
        Out = stdout;
        Error = stderr;
        _clock = clock;
    }

    public TextWriter Out { get; private set; }
    public TextWriter Error { get; private set; }

    /// <summary>Standard error is a terminal (where progress is drawn on one line, redrawn in place).</summary>
    public bool ErrorIsTerminal { get; set; }

    /// <summary>Colours the severities written to standard error from now on.</summary>
    public TextWriter ColorErrors() => Error = TerminalColors.ForErrors(Error);

    /// <summary>Colours the migration states <c>status</c> writes to standard output.</summary>
    public void ColorStatus() => Out = TerminalColors.ForStatus(Out);

    public DateTimeOffset Now() =>
        _clock?.Invoke()
        ?? Clock.FromEnvironment()
        ?? throw new CliError($"{Clock.Variable} is not a date and time (e.g. 2024-11-27T21:40:00+00:00)", ExitCodes.Usage);
}
