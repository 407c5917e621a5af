using SchemaGen.Testing;
using SchemaGen.Testing.RoundTrip;

namespace SchemaGen.RoundTrip.Tests;

public sealed class RoundTripTests
{
    public static TheoryData<string> CaseNames => Cases.Names;

    [Fact]
    public void Case_folders_are_deployed_beside_the_tests()
    {
        // Without this, a broken copy rule would turn every theory into zero tests and a green run.
        Assert.True(Directory.Exists(Cases.Root), $"no case folder at {Cases.Root}");
        Assert.Contains(Cases.All, c => c.Name == "seed_users_v1_v2");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Up_reaches_the_target_catalog_and_down_restores_the_source_keeping_rows(string name)
    {
        var schemaCase = Cases.Get(name);
        await RoundTripCheck.VerifyUpDownAsync(PostgresServer.Shared, schemaCase, Cases.Generate(schemaCase));
    }
}
