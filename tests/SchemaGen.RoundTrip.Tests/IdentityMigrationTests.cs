using SchemaGen.Testing;

namespace SchemaGen.RoundTrip.Tests;

/// <summary>Diffing a schema against itself must plan nothing: any statement would be a spurious change.</summary>
public sealed class IdentityMigrationTests
{
    public static TheoryData<string, bool> Versions
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var schemaCase in Cases.All)
            {
                data.Add(schemaCase.Name, false);
                data.Add(schemaCase.Name, true);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Same_schema_on_both_sides_gives_an_empty_migration(string name, bool useTo)
    {
        var schemaCase = Cases.Get(name).Identity(useTo);
        var migration = Cases.Generate(schemaCase);
        Assert.True(migration.Up.Count == 0 && migration.Down.Count == 0,
            $"{schemaCase.Name}: expected no statements, got\n-- UP:\n{migration.UpText}\n-- DOWN:\n{migration.DownText}");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Same_schema_round_trips_on_a_real_database(string name, bool useTo)
    {
        // Also exercises the harness itself: a database built from a file plus seed rows must
        // snapshot equal to a fresh build of that file, or every other check here is noise.
        var schemaCase = Cases.Get(name).Identity(useTo);
        if (useTo)
            schemaCase = schemaCase with { Seed = null }; // seed.sql fits the from version's columns only by contract
        await Testing.RoundTrip.RoundTripCheck.VerifyUpDownAsync(PostgresServer.Shared, schemaCase, Cases.Generate(schemaCase));
    }
}
