using SchemaGen.Core;
using SchemaGen.Core.Versioning;
using SchemaGen.Runtime;

namespace SchemaGen.Cli;

/// <summary>
/// Turns a folder of schema versions into the migrations the source generator would emit for it:
/// the same order (the number in the file name), ids, names, SQL and checksums.
/// </summary>
internal static class SchemaVersionMigrations
{
    public static IReadOnlyList<IMigration> Load(string directory, TextWriter stderr)
    {
        if (File.Exists(directory)) throw new CliError($"{directory}: is a file, expected a folder of schema versions (--schema-dir)");
        if (!Directory.Exists(directory)) throw new CliError($"{directory}: schema folder not found");

        List<string> paths;
        try
        {
            paths = Directory.EnumerateFiles(directory)
                .Where(p => p.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"{directory}: cannot list: {e.Message}");
        }

        if (paths.Count == 0) throw new CliError($"{directory}: holds no .sql schema versions");

        var order = VersionOrdering.Order(paths);
        foreach (var diagnostic in order.Diagnostics)
            stderr.WriteLine(diagnostic.ToString());
        if (order.Diagnostics.Count > 0)
            throw new CliError($"{directory}: the schema versions are not numbered consistently; fix the file names above");

        var migrations = new List<IMigration>(order.Sequence.Count);
        var previous = SchemaDocument.Empty;
        SchemaVersion? previousVersion = null;
        var invalid = false;
        foreach (var version in order.Sequence)
        {
            var document = SchemaFiles.Parse(version.Path, stderr);
            if (document.HasErrors)
            {
                invalid = true;
                continue;
            }

            if (!invalid)
            {
                // Exactly as SchemaGen.Generator's MigrationBuilder, so ids and checksums match the generated registry.
                var migration = MigrationGenerator.Generate(previous, document);
                migrations.Add(new FileMigration(
                    version.Id,
                    $"{previousVersion?.Name ?? "(empty)"} -> {version.Name}",
                    migration.Up,
                    migration.Down,
                    MigrationChecksum.Compute(migration.Up),
                    migration.IsTransactional));
            }

            previous = document;
            previousVersion = version;
        }

        if (invalid) throw new CliError($"{directory}: a schema version has errors; fix them first");
        return migrations;
    }

    private sealed record FileMigration(string Id, string Name, string Up, string Down, string Checksum, bool IsTransactional) : IMigration;
}
