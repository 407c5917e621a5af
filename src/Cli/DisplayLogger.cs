using Microsoft.Extensions.Logging;

namespace SchemaGen.Cli;

/// <summary>
/// The runner's log on standard error, through the progress display so a log line never lands in
/// the middle of the redrawn progress line. Errors are left out: the command reports them itself.
/// </summary>
internal sealed class DisplayLogger(ProgressDisplay display, bool verbose) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel)
        => logLevel is not (LogLevel.None or LogLevel.Error or LogLevel.Critical)
           && logLevel >= (verbose ? LogLevel.Debug : LogLevel.Warning);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
            return;
        var prefix = logLevel == LogLevel.Warning ? "schemagen: warning: " : "schemagen: ";
        display.WriteLine(prefix + formatter(state, exception));
    }
}
