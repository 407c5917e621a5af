using System.Diagnostics;

namespace SchemaGen.Packaging.Tests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI (or a program it installed) as a child process, as a user's shell would.</summary>
public static class Dotnet
{
    public sealed record Result(string Command, int ExitCode, string Output)
    {
        public Result AssertSuccess()
        {
            Assert.True(ExitCode == 0, $"{Command} exited with {ExitCode}:\n{Output}");
            return this;
        }
    }

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout,
        string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // `dotnet test` hands its MSBuild to the test host through these; a child build must find its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // Build servers outlive the build and keep the redirected output open, so reading it would never end.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var command = Path.GetFileName(program) + " " + string.Join(' ', arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {timeout.TotalSeconds:0}s");
        }
        process.WaitForExit();
        return new Result(command, process.ExitCode, (stdout.Result + "\n" + stderr.Result).Trim());
    }
}
