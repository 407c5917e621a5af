namespace SchemaGen.Core;

/// <summary>The engine's entry point: diff two schema versions into a migration.</summary>
public static class MigrationGenerator
{
    /// <summary>
    /// The migration from <paramref name="from"/> to <paramref name="to"/>. DOWN is the plan
    /// of the reverse direction. Callers check <see cref="SchemaDocument.HasErrors"/> first:
    /// a document with errors yields a partial catalog.
    /// </summary>
    public static Migration Generate(SchemaDocument from, SchemaDocument to, MigrationOptions? options = null) =>
        Planning.MigrationPlanner.Plan(from, to, options ?? MigrationOptions.Default);

    /// <summary>Parses both texts and diffs them; throws <see cref="SchemaException"/> on invalid input.</summary>
    public static Migration Generate(string fromPath, string fromText, string toPath, string toText, MigrationOptions? options = null)
    {
        var from = SchemaDocument.Parse(fromPath, fromText);
        var to = SchemaDocument.Parse(toPath, toText);
        SchemaException.ThrowIfErrors(from);
        SchemaException.ThrowIfErrors(to);
        return Generate(from, to, options);
    }
}
