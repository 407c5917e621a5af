namespace SchemaGen.Testing.RoundTrip;

/// <summary>A migration under test: UP and DOWN one statement per entry, as the engine hands them out.</summary>
public sealed record MigrationScripts(IReadOnlyList<string> Up, IReadOnlyList<string> Down, bool IsTransactional,
    IReadOnlyList<string>? Hazards = null)
{
    public string UpText => string.Join("\n\n", Up);

    public string DownText => string.Join("\n\n", Down);
}
