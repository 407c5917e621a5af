namespace SchemaGen.Core.Planning;

/// <summary>
/// Plans both directions with the same machinery: DOWN is the plan from the new catalog back
/// to the old one, so every data rule that protects UP protects DOWN too.
/// </summary>
internal static class MigrationPlanner
{
    public static Migration Plan(SchemaDocument from, SchemaDocument to, MigrationOptions options)
    {
        var up = new DirectionPlanner(from.Catalog, to.Catalog, options).Plan();
        var down = new DirectionPlanner(to.Catalog, from.Catalog, options).Plan();
        return new Migration(
            up.Select(s => s.Sql).ToList(),
            down.Select(s => s.Sql).ToList(),
            up.SelectMany(s => s.Hazards).ToList(),
            up.Where(s => s.Change != null).Select(s => s.Change!).Distinct().ToList(),
            !up.Concat(down).Any(s => s.NonTransactional));
    }
}
