namespace SchemaGen.Testing;

/// <summary>Where the local PostgreSQL server programs (<c>initdb</c>, <c>pg_ctl</c>) live.</summary>
public static class PostgresBinaries
{
    /// <summary>Overrides the search, for machines with several installations.</summary>
    public const string BinDirVariable = "SCHEMAGEN_PG_BINDIR";

    public static string HowToFix =>
        "Install the PostgreSQL server (Debian/Ubuntu: `apt-get install -y postgresql`, which puts " +
        "initdb and pg_ctl in /usr/lib/postgresql/<version>/bin), or set " + PostgresServer.ConnectionVariable +
        " to the connection string of a server the tests may create and drop databases on " +
        "(e.g. `Host=127.0.0.1;Port=5432;Username=postgres;Password=...`).";

    /// <summary>The directory holding initdb and pg_ctl, or null when none is found.</summary>
    public static string? TryFind()
    {
        var configured = Environment.GetEnvironmentVariable(BinDirVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return HasServer(configured) ? configured : null;

        // pg_config may come from the client library package alone, so its bindir counts
        // only when the server programs are really there.
        var fromPgConfig = PgConfigBinDir();
        if (fromPgConfig is not null && HasServer(fromPgConfig))
            return fromPgConfig;

        var debian = DebianBinDirs().FirstOrDefault(HasServer);
        if (debian is not null)
            return debian;

        return FindOnPath("initdb") is { } initdb && HasServer(Path.GetDirectoryName(initdb)!)
            ? Path.GetDirectoryName(initdb)
            : null;
    }

    public static string Find() =>
        TryFind() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found via pg_config, " +
            "/usr/lib/postgresql/*/bin or PATH, and " + PostgresServer.ConnectionVariable + " is not set. " + HowToFix);

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) &&
        File.Exists(Path.Combine(dir, "postgres"));

    /// <summary>Debian installs each major version side by side; the newest wins.</summary>
    private static IEnumerable<string> DebianBinDirs()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
            return [];
        return Directory.GetDirectories(root)
            .Select(dir => (dir, version: double.TryParse(Path.GetFileName(dir),
                System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
            .OrderByDescending(x => x.version)
            .Select(x => Path.Combine(x.dir, "bin"));
    }

    private static string? PgConfigBinDir()
    {
        var pgConfig = FindOnPath("pg_config");
        if (pgConfig is null)
            return null;
        try
        {
            var result = ToolRunner.Run(pgConfig, ["--bindir"], asPostgresUser: false, TimeSpan.FromSeconds(10));
            return result.ExitCode == 0 ? result.StandardOutput.Trim() : null;
        }
        catch (Exception)
        {
            return null;
        }
    }

    internal static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
                return Path.GetFullPath(new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate);
        }
        return null;
    }
}
