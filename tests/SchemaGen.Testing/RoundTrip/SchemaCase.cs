namespace SchemaGen.Testing.RoundTrip;

/// <summary>
/// A round-trip case folder: <c>from.sql</c>, <c>to.sql</c> and optionally <c>seed.sql</c>
/// (rows inserted after from.sql, valid in both versions). Optional <c>prelude.sql</c> creates
/// what both versions assume exists without declaring it (run first on every database, never
/// read by SchemaGen); optional <c>from.input.sql</c> / <c>to.input.sql</c> are what SchemaGen
/// reads instead of from.sql / to.sql: the same schema written in an order PostgreSQL would not
/// run as a script (a schema file is declarative).
/// </summary>
public sealed record SchemaCase(string Name, string FromPath, string From, string ToPath, string To, string? Seed)
{
    public string? Prelude { get; init; }

    public string? FromInputPath { get; init; }
    public string? FromInput { get; init; }
    public string? ToInputPath { get; init; }
    public string? ToInput { get; init; }

    public static SchemaCase Load(string directory)
    {
        var fromPath = Path.Combine(directory, "from.sql");
        var toPath = Path.Combine(directory, "to.sql");
        var seedPath = Path.Combine(directory, "seed.sql");
        if (!File.Exists(fromPath) || !File.Exists(toPath))
            throw new FileNotFoundException($"case folder {directory} needs from.sql and to.sql");
        var fromInputPath = Path.Combine(directory, "from.input.sql");
        var toInputPath = Path.Combine(directory, "to.input.sql");
        return new SchemaCase(Path.GetFileName(directory), fromPath, File.ReadAllText(fromPath), toPath, File.ReadAllText(toPath),
            ReadIfExists(seedPath))
        {
            Prelude = ReadIfExists(Path.Combine(directory, "prelude.sql")),
            FromInputPath = File.Exists(fromInputPath) ? fromInputPath : null,
            FromInput = ReadIfExists(fromInputPath),
            ToInputPath = File.Exists(toInputPath) ? toInputPath : null,
            ToInput = ReadIfExists(toInputPath),
        };
    }

    /// <summary>The path and text SchemaGen reads as the source version.</summary>
    public (string Path, string Text) SchemaGenFrom => (FromInputPath ?? FromPath, FromInput ?? From);

    /// <summary>The path and text SchemaGen reads as the target version.</summary>
    public (string Path, string Text) SchemaGenTo => (ToInputPath ?? ToPath, ToInput ?? To);

    private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    /// <summary>Every case folder under <paramref name="root"/>, by name.</summary>
    public static IReadOnlyList<SchemaCase> LoadAll(string root) =>
        Directory.GetDirectories(root).Order(StringComparer.Ordinal).Select(Load).ToList();

    /// <summary>The same case with <c>to</c> replaced by <c>from</c> (or the reverse): a migration that must be empty.</summary>
    public SchemaCase Identity(bool useTo) =>
        useTo ? this with { Name = Name + "/to->to", FromPath = ToPath, From = To, FromInputPath = ToInputPath, FromInput = ToInput }
              : this with { Name = Name + "/from->from", ToPath = FromPath, To = From, ToInputPath = FromInputPath, ToInput = FromInput };

    public override string ToString() => Name;
}
