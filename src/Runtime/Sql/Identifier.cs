namespace SchemaGen.Runtime.Sql;

internal static class Identifier
{
    /// <summary>
    /// Always quotes, so user-chosen names (history schema and table) can never break out of the
    /// runner's own SQL, whatever quotes, spaces or semicolons they hold.
    /// </summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
