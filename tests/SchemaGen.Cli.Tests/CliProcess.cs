using System.Diagnostics;

namespace SchemaGen.Cli.Tests;

/// <summary>
/// <c>schemagen</c> as a separate process (the build output next to the tests), for what an
/// in-process run cannot show: being killed.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _out;
    private readonly Task<string> _error;

    private CliProcess(Process process)
    {
        _process = process;
        _out = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "schemagen.dll");

    /// <summary>This test assembly, whose <see cref="Fixtures.FixtureMigrations"/> the CLI can load with --assembly.</summary>
    public static string TestAssembly => typeof(CliProcess).Assembly.Location;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static CliProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove(DatabaseCommands.ConnectionVariable);
        return new CliProcess(Process.Start(start)!);
    }

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var process = Start(args);
        return await process.WaitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>SIGKILL on Linux: no handler, no cleanup, the sockets just close.</summary>
    public void Kill() => _process.Kill();

    public async Task<CliRun> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"schemagen did not finish in {timeout}: {await _error}");
        }

        return new CliRun(_process.ExitCode, await _out, await _error);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
