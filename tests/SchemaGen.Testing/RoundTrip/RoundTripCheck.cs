using System.Text;

namespace SchemaGen.Testing.RoundTrip;

/// <summary>
/// The project's bar for a migration, checked on a real database (DESIGN.md, "Testing"):
/// UP applied to from.sql + seed.sql yields exactly to.sql's catalog, DOWN yields exactly
/// from.sql's again, and no row of a table and column present in both versions changes.
/// </summary>
public static class RoundTripCheck
{
    /// <summary>UP then DOWN on a seeded database, checking catalogs and rows after each.</summary>
    public static async Task VerifyUpDownAsync(PostgresServer server, SchemaCase schemaCase, MigrationScripts migration,
        CancellationToken cancellationToken = default)
    {
        var expectedFrom = await ReferenceCatalogs.GetAsync(server, schemaCase.From, "from.sql", schemaCase.Prelude);
        var expectedTo = await ReferenceCatalogs.GetAsync(server, schemaCase.To, "to.sql", schemaCase.Prelude);

        await using var database = await server.CreateTestDatabaseAsync(schemaCase.Name);
        await SeedAsync(database, schemaCase, cancellationToken);

        await AssertCatalogAsync(database, expectedFrom, schemaCase, migration, "catalog after from.sql + seed.sql (expected: from.sql's)", cancellationToken);

        // Common columns keep their values through DOWN; through UP only those whose type stays
        // (a retyped column legitimately renders its values differently).
        var common = CatalogSnapshot.CommonColumns(expectedFrom, expectedTo);
        var commonSameType = CatalogSnapshot.CommonColumns(expectedFrom, expectedTo, sameTypeOnly: true);
        var rowsBefore = await DataSnapshot.CaptureAsync(database.ConnectionString, common, cancellationToken);
        var rowsBeforeSameType = await DataSnapshot.CaptureAsync(database.ConnectionString, commonSameType, cancellationToken);
        if (schemaCase.Seed is not null && rowsBefore.RowCount == 0)
            throw new RoundTripFailure("seed", $"{schemaCase.Name}: seed.sql inserted no rows into tables kept by to.sql; the row checks would prove nothing.");

        await ApplyAsync(database, schemaCase, migration, up: true, "apply UP", cancellationToken);
        await AssertCatalogAsync(database, expectedTo, schemaCase, migration, "catalog after UP (expected: to.sql's)", cancellationToken);
        await AssertRowsAsync(database, rowsBeforeSameType, schemaCase, migration, "rows after UP", cancellationToken);

        await ApplyAsync(database, schemaCase, migration, up: false, "apply DOWN", cancellationToken);
        await AssertCatalogAsync(database, expectedFrom, schemaCase, migration, "catalog after DOWN (expected: from.sql's)", cancellationToken);
        await AssertRowsAsync(database, rowsBefore, schemaCase, migration, "rows after DOWN", cancellationToken);
    }

    /// <summary>UP applied twice on a seeded database: the second run must succeed and change nothing.</summary>
    public static async Task VerifyUpTwiceAsync(PostgresServer server, SchemaCase schemaCase, MigrationScripts migration,
        CancellationToken cancellationToken = default)
    {
        var expectedTo = await ReferenceCatalogs.GetAsync(server, schemaCase.To, "to.sql", schemaCase.Prelude);
        await using var database = await server.CreateTestDatabaseAsync(schemaCase.Name + "_twice");
        await SeedAsync(database, schemaCase, cancellationToken);
        await ApplyAsync(database, schemaCase, migration, up: true, "apply UP (first run)", cancellationToken);
        var afterFirst = await database.CatalogAsync(cancellationToken);
        var rowsAfterFirst = await DataSnapshot.CaptureAsync(database.ConnectionString,
            CatalogSnapshot.CommonColumns(afterFirst, afterFirst), cancellationToken);
        await ApplyAsync(database, schemaCase, migration, up: true, "apply UP (second run)", cancellationToken);
        await AssertCatalogAsync(database, expectedTo, schemaCase, migration, "catalog after UP twice (expected: to.sql's)", cancellationToken);
        await AssertRowsAsync(database, rowsAfterFirst, schemaCase, migration, "rows after the second UP (expected: as after the first)", cancellationToken);
    }

    private static async Task SeedAsync(TestDatabase database, SchemaCase schemaCase, CancellationToken cancellationToken)
    {
        if (schemaCase.Prelude is not null)
            await database.ExecuteScriptAsync(schemaCase.Prelude, schemaCase.Name + "/prelude.sql", cancellationToken: cancellationToken);
        await database.ExecuteScriptAsync(schemaCase.From, schemaCase.Name + "/from.sql", cancellationToken: cancellationToken);
        if (schemaCase.Seed is not null)
            await database.ExecuteScriptAsync(schemaCase.Seed, schemaCase.Name + "/seed.sql", cancellationToken: cancellationToken);
    }

    private static async Task ApplyAsync(TestDatabase database, SchemaCase schemaCase, MigrationScripts migration, bool up,
        string step, CancellationToken cancellationToken)
    {
        try
        {
            await database.ExecuteStatementsAsync(up ? migration.Up : migration.Down, up ? "UP" : "DOWN",
                inTransaction: migration.IsTransactional, cancellationToken);
        }
        catch (SqlScriptException error)
        {
            throw new RoundTripFailure(step, Report(schemaCase, migration, step, error.Message), error);
        }
    }

    private static async Task AssertCatalogAsync(TestDatabase database, CatalogSnapshot expected, SchemaCase schemaCase,
        MigrationScripts migration, string step, CancellationToken cancellationToken)
    {
        var diff = CatalogSnapshot.Diff(expected, await database.CatalogAsync(cancellationToken));
        if (!diff.IsEmpty)
            throw new RoundTripFailure(step, Report(schemaCase, migration, step, diff.ToString()));
    }

    private static async Task AssertRowsAsync(TestDatabase database, DataSnapshot expected, SchemaCase schemaCase,
        MigrationScripts migration, string step, CancellationToken cancellationToken)
    {
        var actual = await DataSnapshot.CaptureAsync(database.ConnectionString, expected.Columns, cancellationToken);
        var problems = DataSnapshot.Diff(expected, actual);
        if (problems.Count > 0)
            throw new RoundTripFailure(step, Report(schemaCase, migration, step, string.Join('\n', problems)));
    }

    private static string Report(SchemaCase schemaCase, MigrationScripts migration, string step, string details)
    {
        var text = new StringBuilder();
        text.AppendLine($"case {schemaCase.Name}: {step} failed");
        text.AppendLine(details);
        text.AppendLine();
        text.AppendLine($"-- UP ({(migration.IsTransactional ? "one transaction" : "statement by statement")}):");
        text.AppendLine(migration.Up.Count == 0 ? "-- (empty)" : migration.UpText);
        text.AppendLine("-- DOWN:");
        text.AppendLine(migration.Down.Count == 0 ? "-- (empty)" : migration.DownText);
        if (migration.Hazards is { Count: > 0 } hazards)
            text.AppendLine("-- hazards: " + string.Join("; ", hazards));
        return text.ToString();
    }
}
