using System.CommandLine;
using System.Globalization;
using SchemaGen.Runtime;

namespace SchemaGen.Cli;

/// <summary>
/// The command-line spelling of the <see cref="MigrationRunnerOptions"/> that matter when a person
/// or a deployment script applies migrations: timeouts, accepted drift, and how much to say.
/// </summary>
internal sealed class RunnerOptionSet
{
    private readonly Option<double?> _lockTimeout = new("--lock-timeout")
    {
        HelpName = "seconds",
        Description = "Seconds a migration statement may wait for a table lock (PostgreSQL lock_timeout) before it fails.",
    };

    private readonly Option<double?> _statementTimeout = new("--statement-timeout")
    {
        HelpName = "seconds",
        Description = "Seconds a migration statement may run (PostgreSQL statement_timeout).",
    };

    private readonly Option<double?> _wait = new("--wait")
    {
        HelpName = "seconds",
        Description = "Seconds to wait for another runner that is applying migrations to the same database (default 600).",
    };

    private readonly Option<bool> _allowDrift = new("--allow-drift")
    {
        Description = "Go on although an applied migration's checksum differs from the code's.",
    };

    private readonly Option<bool> _allowOutOfOrder = new("--allow-out-of-order")
    {
        Description = "Apply a pending migration whose id sorts before an applied one.",
    };

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Log every step with its timing on standard error (by default only warnings).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_lockTimeout);
        command.Options.Add(_statementTimeout);
        command.Options.Add(_wait);
        command.Options.Add(_allowDrift);
        command.Options.Add(_allowOutOfOrder);
        command.Options.Add(_verbose);
    }

    /// <summary>Copies the options into <paramref name="options"/>; the runner's log goes through <paramref name="display"/>.</summary>
    public void ApplyTo(ParseResult parse, MigrationRunnerOptions options, ProgressDisplay display)
    {
        options.LockTimeout = Seconds(parse, _lockTimeout);
        options.StatementTimeout = Seconds(parse, _statementTimeout);
        if (Seconds(parse, _wait) is { } wait)
            options.AdvisoryLockTimeout = wait;
        options.AllowChecksumDrift = parse.GetValue(_allowDrift);
        options.AllowOutOfOrder = parse.GetValue(_allowOutOfOrder);
        options.Progress = display;
        options.Logger = new DisplayLogger(display, parse.GetValue(_verbose));
    }

    private static TimeSpan? Seconds(ParseResult parse, Option<double?> option)
    {
        if (parse.GetValue(option) is not { } seconds)
            return null;
        if (seconds < 0 || double.IsNaN(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            throw new CliError($"{option.Name} {seconds.ToString(CultureInfo.InvariantCulture)}: expected a number of seconds, 0 or more", ExitCodes.Usage);
        return TimeSpan.FromSeconds(seconds);
    }
}
