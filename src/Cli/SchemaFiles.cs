using SchemaGen.Core;
using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Cli;

/// <summary>Reads schema files and writes the CLI's output files, turning I/O problems into user-facing errors.</summary>
internal static class SchemaFiles
{
    public static string Read(string path)
    {
        if (Directory.Exists(path)) throw new CliError($"{path}: is a directory, expected a .sql file");
        if (!File.Exists(path)) throw new CliError($"{path}: file not found");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"{path}: cannot read: {e.Message}");
        }
    }

    /// <summary>Writes a file the CLI produces (a migration, a first version, a script), creating its folder.</summary>
    public static void Write(string path, string text)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null) Directory.CreateDirectory(directory);
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"{path}: cannot write: {e.Message}");
        }
    }

    /// <summary>Parses a file and prints its diagnostics; the document may have errors.</summary>
    public static SchemaDocument Parse(string path, TextWriter stderr)
    {
        var document = SchemaDocument.Parse(path, Read(path));
        foreach (var diagnostic in document.Diagnostics.Where(d => d.Severity >= Severity.Warning))
            stderr.WriteLine(diagnostic.ToString());
        return document;
    }
}
