using System.Diagnostics;
using System.Globalization;
using SchemaGen.Runtime;

namespace SchemaGen.Cli;

/// <summary>
/// Progress of apply and rollback on standard error. On a terminal, one line redrawn every second
/// with the running statement and how long it has run (a CREATE INDEX CONCURRENTLY on a big table
/// can take an hour, and silence looks like a hang); otherwise plain lines a log can keep.
/// </summary>
internal sealed class ProgressDisplay : IProgress<MigrationProgress>, IDisposable
{
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromSeconds(1);

    private readonly TextWriter _stderr;
    private readonly bool _interactive;
    private readonly Lock _gate = new();
    private readonly Stopwatch _statementClock = new();
    private readonly Timer? _timer;
    private MigrationProgress? _last;
    private bool _lineDrawn;

    public ProgressDisplay(TextWriter stderr, bool interactive)
    {
        _stderr = stderr;
        _interactive = interactive;
        if (interactive)
            _timer = new Timer(_ => Redraw(), null, RedrawEvery, RedrawEvery);
    }

    /// <summary>Standard error is a terminal (not redirected to a file or pipe) that can redraw a line (not TERM=dumb).</summary>
    public static bool IsTerminal(CliContext context)
        => context.ErrorIsTerminal && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public void Report(MigrationProgress value)
    {
        lock (_gate)
        {
            _last = value;
            _statementClock.Restart();
            if (_interactive)
                DrawLocked();
            else
                WriteLineLocked(value);
        }
    }

    /// <summary>Writes a whole line (a log message) above the progress line, which is then redrawn.</summary>
    public void WriteLine(string text)
    {
        lock (_gate)
        {
            if (_lineDrawn)
                _stderr.Write("\r\u001b[K");
            _lineDrawn = false;
            _stderr.WriteLine(text);
            if (_interactive && _last is not null)
                DrawLocked();
            else
                _stderr.Flush();
        }
    }

    /// <summary>Redraws the terminal line (the timer calls it every second).</summary>
    public void Redraw()
    {
        lock (_gate)
        {
            if (_interactive && _last is not null)
                DrawLocked();
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            // The summary follows on standard output; leave no half line behind it.
            if (_lineDrawn)
                _stderr.Write("\r\u001b[K");
            _lineDrawn = false;
            _last = null;
            _stderr.Flush();
        }
    }

    private void WriteLineLocked(MigrationProgress p)
    {
        var verb = p.IsRollback ? "rolling back" : "applying";
        if (p.StatementNumber == 0)
            _stderr.WriteLine($"schemagen: {verb} {p.MigrationId} ({p.MigrationName}): {p.StatementCount} statement(s)");
        else if (p.StatementCount > 1 && p.StatementNumber > 0)
            _stderr.WriteLine($"schemagen: {verb} {p.MigrationId}: statement {p.StatementNumber}/{p.StatementCount} done ({Seconds(p.Elapsed)})");
        _stderr.Flush();
    }

    private void DrawLocked()
    {
        var p = _last!;
        var verb = p.IsRollback ? "rolling back" : "applying";
        string line;
        if (p.StatementNumber < p.StatementCount)
        {
            line = $"schemagen: {verb} {p.MigrationId}: statement {p.StatementNumber + 1}/{p.StatementCount} running for "
                   + $"{Seconds(_statementClock.Elapsed)} ({Seconds(p.Elapsed + _statementClock.Elapsed)} in this migration)";
        }
        else
        {
            line = $"schemagen: {verb} {p.MigrationId}: {p.StatementCount}/{p.StatementCount} statements done ({Seconds(p.Elapsed)})";
        }

        // Carriage return and erase-line: the same line is rewritten until the run ends.
        _stderr.Write("\r\u001b[K" + line);
        _stderr.Flush();
        _lineDrawn = true;
    }

    private static string Seconds(TimeSpan t)
        => t.TotalSeconds < 60
            ? t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
            : t.ToString(t.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
