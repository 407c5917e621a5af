using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SchemaGen.Testing;

/// <summary>
/// A PostgreSQL server for tests: either a throwaway cluster started from the local server
/// binaries (initdb into a temp dir, a free loopback port, stopped and deleted on dispose or
/// process exit), or the server named by <see cref="ConnectionVariable"/>.
/// </summary>
public sealed class PostgresServer : IDisposable, IAsyncDisposable
{
    /// <summary>A connection string to an existing server; when set, no cluster is started.</summary>
    public const string ConnectionVariable = "SCHEMAGEN_TEST_PG";

    private const string DirectoryPrefix = "schemagen-pg-";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(120);

    private static readonly Lazy<PostgresServer> SharedInstance = new(() =>
    {
        var server = Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static int _databaseCounter;

    private readonly string? _clusterDirectory;
    private readonly string? _binDirectory;
    private int _disposed;

    private PostgresServer(string connectionString, string? clusterDirectory, string? binDirectory)
    {
        ConnectionString = connectionString;
        _clusterDirectory = clusterDirectory;
        _binDirectory = binDirectory;
    }

    /// <summary>One server for the whole test process, started on first use.</summary>
    public static PostgresServer Shared => SharedInstance.Value;

    /// <summary>Superuser connection to the maintenance database.</summary>
    public string ConnectionString { get; }

    /// <summary>True when this instance started (and will remove) its own cluster.</summary>
    public bool IsThrowaway => _clusterDirectory is not null;

    /// <summary>The temp directory of a throwaway cluster (data, socket and log); null for an external server.</summary>
    public string? ClusterDirectory => _clusterDirectory;

    /// <summary>
    /// Uses <see cref="ConnectionVariable"/> when set, otherwise starts a new throwaway cluster.
    /// Throws with instructions when neither is possible: a test run must never pass without a database.
    /// </summary>
    public static PostgresServer Start()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new NpgsqlConnectionStringBuilder(external);
            if (string.IsNullOrEmpty(builder.Database))
                builder.Database = "postgres";
            return new PostgresServer(builder.ConnectionString, null, null);
        }
        return StartThrowaway(PostgresBinaries.Find());
    }

    /// <summary>Starts a new cluster from the server programs in <paramref name="binDirectory"/>.</summary>
    public static PostgresServer StartThrowaway(string binDirectory)
    {
        RemoveOrphanedClusters(binDirectory);

        var directory = Path.Combine(TempRoot(), DirectoryPrefix + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        var data = Path.Combine(directory, "data");
        var socket = Path.Combine(directory, "socket");
        Directory.CreateDirectory(socket);
        try
        {
            ToolRunner.GiveToServiceUser(directory);
            StartWatchdog(binDirectory, directory);
            ToolRunner.RunChecked(Path.Combine(binDirectory, "initdb"),
                ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"],
                asPostgresUser: true, ToolTimeout);

            // Another process can take the port between probing and binding; a fresh port usually succeeds.
            Exception? lastFailure = null;
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var port = FreeLoopbackPort();
                var result = ToolRunner.Run(Path.Combine(binDirectory, "pg_ctl"),
                    ["start", "-D", data, "-w", "-t", "60", "-l", Path.Combine(directory, "postgres.log"), "-o", ServerOptions(port, socket)],
                    asPostgresUser: true, ToolTimeout);
                if (result.ExitCode == 0)
                {
                    var connectionString = new NpgsqlConnectionStringBuilder
                    {
                        Host = "127.0.0.1",
                        Port = port,
                        Username = "postgres",
                        Database = "postgres",
                        Timeout = 30,
                        CommandTimeout = 300,
                        IncludeErrorDetail = true,
                    }.ConnectionString;
                    var server = new PostgresServer(connectionString, directory, binDirectory);
                    server.WaitUntilReady();
                    return server;
                }
                lastFailure = new InvalidOperationException(
                    $"pg_ctl start failed (exit {result.ExitCode}) on port {port}:\n{result.Output}\n{LogTail(directory)}");
            }
            throw lastFailure!;
        }
        catch
        {
            StopAndDelete(binDirectory, directory);
            throw;
        }
    }

    /// <summary>Creates a brand-new empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var name = UniqueDatabaseName(prefix);
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            // template0 so that whatever a shared external server put into template1 stays out.
            await using var command = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8'", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString)
        {
            Database = name,
            // Each test database gets its own pool; pooled idle connections would pile up
            // until max_connections and keep DROP DATABASE waiting.
            Pooling = false,
        }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its sessions.</summary>
    public async Task DropDatabaseAsync(string databaseConnectionString, CancellationToken cancellationToken = default)
    {
        var name = new NpgsqlConnectionStringBuilder(databaseConnectionString).Database
                   ?? throw new ArgumentException("connection string names no database", nameof(databaseConnectionString));
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {QuoteIdentifier(name)} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A fresh database that is dropped when the returned handle is disposed.</summary>
    public async Task<TestDatabase> CreateTestDatabaseAsync(string prefix, CancellationToken cancellationToken = default) =>
        new(this, await CreateDatabaseAsync(prefix, cancellationToken));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        NpgsqlConnection.ClearAllPools();
        if (_clusterDirectory is not null && _binDirectory is not null)
            StopAndDelete(_binDirectory, _clusterDirectory);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static string UniqueDatabaseName(string prefix)
    {
        var clean = new string(prefix.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        if (clean.Length > 30)
            clean = clean[..30];
        // Process id plus counter keeps names unique across concurrent test processes on a shared server.
        return $"sg_{clean}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid().ToString("N")[..6]}";
    }

    private static string ServerOptions(int port, string socketDirectory) =>
        string.Join(' ',
            $"-p {port}",
            "-c listen_addresses=127.0.0.1",
            $"-c unix_socket_directories='{socketDirectory}'",
            // Durability is worthless for a cluster deleted at the end of the run.
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=200",
            "-c shared_buffers=64MB",
            "-c log_min_messages=warning",
            "-c lc_messages=C");

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private void WaitUntilReady()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var connection = new NpgsqlConnection(ConnectionString);
                connection.Open();
                using var command = new NpgsqlCommand("SELECT 1", connection);
                command.ExecuteScalar();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>
    /// The postmaster outlives a test process that is killed, so each start removes clusters
    /// whose owning process (the pid in the directory name) no longer exists.
    /// </summary>
    private static void RemoveOrphanedClusters(string binDirectory)
    {
        string[] candidates;
        try
        {
            candidates = Directory.GetDirectories(TempRoot(), DirectoryPrefix + "*");
        }
        catch (Exception)
        {
            return;
        }
        foreach (var directory in candidates)
        {
            var pidText = Path.GetFileName(directory)[DirectoryPrefix.Length..].Split('-')[0];
            if (!int.TryParse(pidText, out var pid) || pid == Environment.ProcessId || ProcessExists(pid))
                continue;
            try
            {
                StopAndDelete(binDirectory, directory);
            }
            catch (Exception)
            {
                // Best effort: an unremovable leftover must not stop this run.
            }
        }
    }

    /// <summary>
    /// The test host may be killed right after the last test (vstest does so), before a
    /// ProcessExit handler finishes; a detached shell outliving it stops and removes the cluster then.
    /// </summary>
    private static void StartWatchdog(string binDirectory, string directory)
    {
        var setsid = new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists) ?? PostgresBinaries.FindOnPath("setsid");
        if (setsid is null || OperatingSystem.IsWindows())
            return; // RemoveOrphanedClusters still cleans up on the next start
        var stop = ToolRunner.IsRoot ? "runuser -u postgres -- \"$2\"" : "\"$2\"";
        var script =
            "exec </dev/null >/dev/null 2>&1; while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; " +
            $"if [ -f \"$3/data/postmaster.pid\" ]; then {stop} stop -D \"$3/data\" -m immediate -w -t 30 >/dev/null 2>&1; fi; " +
            "rm -rf \"$3\"";
        var start = new System.Diagnostics.ProcessStartInfo(setsid) { UseShellExecute = false };
        foreach (var argument in new[] { "-f", "/bin/sh", "-c", script, "schemagen-pg-watchdog",
                     Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     Path.Combine(binDirectory, "pg_ctl"), directory })
            start.ArgumentList.Add(argument);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = System.Diagnostics.Process.Start(start);
        process?.StandardInput.Close();
        process?.WaitForExit(5000);
    }

    private static bool ProcessExists(int pid)
    {
        if (Directory.Exists("/proc"))
            return Directory.Exists($"/proc/{pid}");
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void StopAndDelete(string binDirectory, string directory)
    {
        var data = Path.Combine(directory, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
            ToolRunner.Run(Path.Combine(binDirectory, "pg_ctl"), ["stop", "-D", data, "-m", "immediate", "-w", "-t", "30"],
                asPostgresUser: true, ToolTimeout);
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static string LogTail(string directory)
    {
        var log = Path.Combine(directory, "postgres.log");
        try
        {
            return File.Exists(log) ? "server log:\n" + string.Join('\n', File.ReadLines(log).TakeLast(30)) : "";
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>
    /// Under root the service user must reach the cluster directory; a private TMPDIR
    /// (e.g. under /root) would hide it, so root always uses /tmp.
    /// </summary>
    private static string TempRoot() => ToolRunner.IsRoot && Directory.Exists("/tmp") ? "/tmp" : Path.GetTempPath();
}
