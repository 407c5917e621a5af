using SchemaGen.Testing;
using SchemaGen.Testing.RoundTrip;

namespace SchemaGen.RoundTrip.Tests;

/// <summary>A separate class so xunit runs it in parallel with the up/down checks.</summary>
public sealed class IdempotencyTests
{
    public static TheoryData<string> CaseNames => Cases.Names;

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Up_applied_twice_succeeds_and_changes_nothing_the_second_time(string name)
    {
        var schemaCase = Cases.Get(name);
        await RoundTripCheck.VerifyUpTwiceAsync(PostgresServer.Shared, schemaCase, Cases.Generate(schemaCase));
    }
}
