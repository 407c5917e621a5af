namespace SchemaGen.Core.Planning;

internal static class MigrationPlanner
{
    public static Migration Plan(SchemaDocument from, SchemaDocument to, MigrationOptions options) =>
        new(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<Hazard>(), Array.Empty<string>(), true);
}
