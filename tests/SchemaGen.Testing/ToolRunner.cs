using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SchemaGen.Testing;

/// <summary>
/// Runs the PostgreSQL command-line programs. PostgreSQL refuses to run as root, so under
/// root they run as the <c>postgres</c> system user instead.
/// </summary>
internal static class ToolRunner
{
    public const string ServiceUser = "postgres";

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Output => (StandardOutput + "\n" + StandardError).Trim();
    }

    public static bool IsRoot => !OperatingSystem.IsWindows() && geteuid() == 0;

    public static Result Run(string program, IReadOnlyList<string> arguments, bool asPostgresUser, TimeSpan timeout)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (asPostgresUser && IsRoot)
            WrapForServiceUser(start, program, arguments);
        else
        {
            start.FileName = program;
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
        }
        // Messages are parsed by people, but keep them in English so reports read the same everywhere.
        start.Environment["LC_MESSAGES"] = "C";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(start)} did not finish within {timeout.TotalSeconds:0}s");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result RunChecked(string program, IReadOnlyList<string> arguments, bool asPostgresUser, TimeSpan timeout)
    {
        var result = Run(program, arguments, asPostgresUser, timeout);
        if (result.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed with exit code {result.ExitCode}:\n{result.Output}");
        return result;
    }

    /// <summary>Gives a directory created by root to the service user, so initdb/postgres can write there.</summary>
    public static void GiveToServiceUser(string directory)
    {
        if (!IsRoot)
            return;
        if (Run("id", ["-u", ServiceUser], false, TimeSpan.FromSeconds(10)).ExitCode != 0)
            throw new InvalidOperationException(
                $"Running as root, and PostgreSQL refuses to run as root, but there is no '{ServiceUser}' user to run it as. " +
                "Installing the Debian package (`apt-get install -y postgresql`) creates it; or run the tests as a non-root user. " +
                PostgresBinaries.HowToFix);
        RunChecked("chown", ["-R", ServiceUser + ":", directory], false, TimeSpan.FromSeconds(30));
    }

    private static void WrapForServiceUser(ProcessStartInfo start, string program, IReadOnlyList<string> arguments)
    {
        var runuser = new[] { "/usr/sbin/runuser", "/sbin/runuser" }.FirstOrDefault(File.Exists)
                      ?? PostgresBinaries.FindOnPath("runuser");
        if (runuser is not null)
        {
            start.FileName = runuser;
            foreach (var argument in new[] { "-u", ServiceUser, "--", program }.Concat(arguments))
                start.ArgumentList.Add(argument);
            return;
        }
        start.FileName = "su";
        foreach (var argument in new[] { ServiceUser, "-s", "/bin/sh", "-c", string.Join(' ', new[] { program }.Concat(arguments).Select(ShellQuote)) })
            start.ArgumentList.Add(argument);
    }

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''") + "'";

    private static string Describe(ProcessStartInfo start) => start.FileName + " " + string.Join(' ', start.ArgumentList);

    [DllImport("libc")]
    private static extern uint geteuid();
}
