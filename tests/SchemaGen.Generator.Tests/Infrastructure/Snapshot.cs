using System.Runtime.CompilerServices;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares text with a checked-in file under <c>Snapshots/</c>. With
/// <c>SCHEMAGEN_UPDATE_SNAPSHOTS=1</c> the file is rewritten instead; review the diff before committing.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(FindProjectDirectory(callerPath), "Snapshots");
        var path = Path.Combine(directory, name + ".cs.txt");
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable("SCHEMAGEN_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Snapshot {path} does not exist; run the tests with SCHEMAGEN_UPDATE_SNAPSHOTS=1 to create it.");
        var expected = Normalize(File.ReadAllText(path));
        Assert.Equal(expected, actual);
    }

    // Git may check the snapshot out with CRLF; generated code always uses LF.
    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string FindProjectDirectory(string callerPath)
    {
        var directory = Path.GetDirectoryName(callerPath);
        while (directory is not null && !File.Exists(Path.Combine(directory, "SchemaGen.Generator.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }
        return directory ?? throw new InvalidOperationException($"No test project above {callerPath}");
    }
}
