using System.Diagnostics;
using System.Globalization;

namespace SchemaGen.Packaging.Tests.Infrastructure;

/// <summary>
/// <c>dotnet pack</c> of SchemaGen, SchemaGen.Runtime and SchemaGen.Cli into a folder feed in a
/// temp directory, once per test run, with a version no cache can hold: the consumer restores into
/// its own empty NUGET_PACKAGES, so it gets exactly these packages.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    private static readonly string[] PackedProjects =
    {
        "src/Package/SchemaGen.Package.csproj",
        "src/Runtime/SchemaGen.Runtime.csproj",
        "src/Cli/SchemaGen.Cli.csproj",
        "src/Generator/SchemaGen.Generator.csproj",
        "src/Analyzers/SchemaGen.Analyzers.csproj",
        "src/Core/SchemaGen.Core.csproj",
    };

    public PackedFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "schemagen-pack-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(Root, "feed");
        PackagesDirectory = Path.Combine(Root, "nuget-packages");
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
        Version = "0.1.0-packtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        // One pack over a solution filter: one restore and one build graph for the three packages.
        // Build output goes under the temp directory, so the repository's bin/obj stay as they are.
        var filter = Path.Combine(Root, "packages.slnf");
        File.WriteAllText(filter, $$"""
            { "solution": { "path": "{{Path.Combine(RepositoryRoot, "SchemaGen.sln").Replace("\\", "/")}}",
              "projects": [ {{string.Join(", ", PackedProjects.Select(p => "\"" + p + "\""))}} ] } }
            """);
        var watch = Stopwatch.StartNew();
        Dotnet.Run(Root, new Dictionary<string, string>(), CommandTimeout, "dotnet",
            "pack", filter, "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version,
            "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + Path.Combine(Root, "artifacts"),
            "--disable-build-servers").AssertSuccess();
        PackTime = watch.Elapsed;

        NuGetConfig = Path.Combine(Root, "NuGet.config");
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="schemagen-local" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <!-- SchemaGen packages only from the feed just packed, never from nuget.org. -->
                <packageSource key="schemagen-local">
                  <package pattern="SchemaGen" />
                  <package pattern="SchemaGen.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    public string RepositoryRoot { get; }

    /// <summary>The temp directory holding the feed, the NuGet.config and the consumers.</summary>
    public string Root { get; }

    public string FeedDirectory { get; }

    /// <summary>The consumers' NUGET_PACKAGES: empty at the start of the run.</summary>
    public string PackagesDirectory { get; }

    public string NuGetConfig { get; }

    public string Version { get; }

    public TimeSpan PackTime { get; }

    public string Package(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    /// <summary>The environment for restores from the feed.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
        ["NO_COLOR"] = "1",
    };

    public Dotnet.Result Run(string workingDirectory, string program, params string[] arguments) =>
        Dotnet.Run(workingDirectory, Environment, CommandTimeout, program, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file; the temp directory is cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SchemaGen.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException($"SchemaGen.sln not found above {AppContext.BaseDirectory}");
    }
}

[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}
