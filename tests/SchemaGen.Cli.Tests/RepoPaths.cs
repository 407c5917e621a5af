namespace SchemaGen.Cli.Tests;

/// <summary>Files of the repository the tests read: the seed example's schemas and migrations.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "Users");
    public static string SchemaV1 => Path.Combine(Samples, "Schema", "schema_v1.sql");
    public static string SchemaV2 => Path.Combine(Samples, "Schema", "schema_v2.sql");
    public static string ExistingMigrations => Path.Combine(Samples, "existing_migrations");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SchemaGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SchemaGen.sln not found above " + AppContext.BaseDirectory);
    }
}
