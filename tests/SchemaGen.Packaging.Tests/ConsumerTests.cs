using Npgsql;
using SchemaGen.Packaging.Tests.Infrastructure;
using SchemaGen.Testing;

namespace SchemaGen.Packaging.Tests;

/// <summary>
/// A new project referencing SchemaGen by version from the packed feed: it builds with warnings as
/// errors and every analyzer on, its migrations apply to a real PostgreSQL, and a destructive
/// schema edit fails the build at the .sql line.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public class ConsumerTests(PackedFeed feed)
{
    [Fact]
    public async Task A_project_referencing_the_package_gets_migrations_that_apply_and_a_destructive_edit_fails_its_build()
    {
        var project = ConsumerProject.Create(feed, "Shop");

        var build = feed.Run(project, "dotnet", "build", "-c", "Release", "--disable-build-servers").AssertSuccess();
        Assert.Contains("0 Warning(s)", build.Output);
        // Restored from the feed into the empty packages folder, not from any cache.
        Assert.True(Directory.Exists(Path.Combine(feed.PackagesDirectory, "schemagen", feed.Version)));
        Assert.True(Directory.Exists(Path.Combine(feed.PackagesDirectory, "schemagen.runtime", feed.Version)));

        await using var database = await PostgresServer.Shared.CreateTestDatabaseAsync("packaging");
        var program = Path.Combine(project, "bin", "Release", "net10.0", "Shop.dll");

        var first = feed.Run(project, "dotnet", program, database.ConnectionString).AssertSuccess();
        Assert.Contains("Applied 001_init", first.Output);
        Assert.Contains("Applied 002_orders", first.Output);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var columns = new NpgsqlCommand(
                "SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, ordinal_position) " +
                "FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('customers', 'orders')",
                connection);
            Assert.Equal("customers.id,customers.email,customers.display_name,orders.id,orders.customer_id,orders.total",
                await columns.ExecuteScalarAsync());
        }

        var second = feed.Run(project, "dotnet", program, database.ConnectionString).AssertSuccess();
        Assert.Contains("0 migrations applied", second.Output);

        // Dropping orders.total: SG1002 is an error by default, reported on the column's line in version 2.
        File.WriteAllText(Path.Combine(project, "Schema", "003_drop_total.sql"), ConsumerProject.DestructiveVersion3);
        var destructive = feed.Run(project, "dotnet", "build", "-c", "Release", "--disable-build-servers", "--no-restore");
        Assert.NotEqual(0, destructive.ExitCode);
        var expectedLocation = Path.Combine(project, "Schema", "002_orders.sql") + "(10,5): error SG1002:";
        Assert.Contains(expectedLocation, destructive.Output);
    }
}
