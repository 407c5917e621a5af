using SchemaGen.Core;
using SchemaGen.Testing.RoundTrip;

namespace SchemaGen.RoundTrip.Tests;

/// <summary>The case folders copied beside the test assembly from tests/cases.</summary>
internal static class Cases
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "cases");

    public static IReadOnlyList<SchemaCase> All => SchemaCase.LoadAll(Root);

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var schemaCase in All)
                data.Add(schemaCase.Name);
            return data;
        }
    }

    public static SchemaCase Get(string name) => SchemaCase.Load(Path.Combine(Root, name));

    public static MigrationScripts Generate(SchemaCase schemaCase)
    {
        var (fromPath, from) = schemaCase.SchemaGenFrom;
        var (toPath, to) = schemaCase.SchemaGenTo;
        var migration = MigrationGenerator.Generate(fromPath, from, toPath, to);
        return new MigrationScripts(migration.UpStatements, migration.DownStatements, migration.IsTransactional,
            migration.Hazards.Select(h => $"{h.Id} {h.ObjectName}: {h.Message}").ToList());
    }
}
