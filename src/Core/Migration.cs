namespace SchemaGen.Core;

/// <summary>
/// The result of diffing two schema versions: UP and DOWN as bare SQL statements
/// (no BEGIN/COMMIT), the hazards of UP, and whether it can run in one transaction.
/// </summary>
public sealed class Migration
{
    internal Migration(
        IReadOnlyList<string> upStatements,
        IReadOnlyList<string> downStatements,
        IReadOnlyList<Hazard> hazards,
        IReadOnlyList<string> changes,
        bool isTransactional)
    {
        UpStatements = upStatements;
        DownStatements = downStatements;
        Hazards = hazards;
        Changes = changes;
        IsTransactional = isTransactional;
    }

    /// <summary>UP, one statement per entry, each ending in <c>;</c>.</summary>
    public IReadOnlyList<string> UpStatements { get; }

    /// <summary>DOWN, one statement per entry, each ending in <c>;</c>.</summary>
    public IReadOnlyList<string> DownStatements { get; }

    public IReadOnlyList<Hazard> Hazards { get; }

    /// <summary>One short human sentence per change, e.g. "add column users.name".</summary>
    public IReadOnlyList<string> Changes { get; }

    /// <summary>False when UP or DOWN holds a statement PostgreSQL refuses inside a transaction.</summary>
    public bool IsTransactional { get; }

    public bool IsEmpty => UpStatements.Count == 0 && DownStatements.Count == 0;

    /// <summary>UP as one script, statements separated by blank lines.</summary>
    public string Up => Join(UpStatements);

    /// <summary>DOWN as one script, statements separated by blank lines.</summary>
    public string Down => Join(DownStatements);

    private static string Join(IReadOnlyList<string> statements) =>
        statements.Count == 0 ? "" : string.Join("\n\n", statements) + "\n";
}
