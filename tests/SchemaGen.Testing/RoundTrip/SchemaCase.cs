namespace SchemaGen.Testing.RoundTrip;

/// <summary>
/// A round-trip case folder: <c>from.sql</c>, <c>to.sql</c> and optionally <c>seed.sql</c>
/// (rows inserted after from.sql, valid in both versions).
/// </summary>
public sealed record SchemaCase(string Name, string FromPath, string From, string ToPath, string To, string? Seed)
{
    public static SchemaCase Load(string directory)
    {
        var fromPath = Path.Combine(directory, "from.sql");
        var toPath = Path.Combine(directory, "to.sql");
        var seedPath = Path.Combine(directory, "seed.sql");
        if (!File.Exists(fromPath) || !File.Exists(toPath))
            throw new FileNotFoundException($"case folder {directory} needs from.sql and to.sql");
        return new SchemaCase(Path.GetFileName(directory), fromPath, File.ReadAllText(fromPath), toPath, File.ReadAllText(toPath),
            File.Exists(seedPath) ? File.ReadAllText(seedPath) : null);
    }

    /// <summary>Every case folder under <paramref name="root"/>, by name.</summary>
    public static IReadOnlyList<SchemaCase> LoadAll(string root) =>
        Directory.GetDirectories(root).Order(StringComparer.Ordinal).Select(Load).ToList();

    /// <summary>The same case with <c>to</c> replaced by <c>from</c> (or the reverse): a migration that must be empty.</summary>
    public SchemaCase Identity(bool useTo) =>
        useTo ? this with { Name = Name + "/to->to", FromPath = ToPath, From = To }
              : this with { Name = Name + "/from->from", ToPath = FromPath, To = From };

    public override string ToString() => Name;
}
