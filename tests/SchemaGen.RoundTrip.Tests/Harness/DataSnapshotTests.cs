using SchemaGen.Testing;

namespace SchemaGen.RoundTrip.Tests.Harness;

public sealed class DataSnapshotTests
{
    [Fact]
    public async Task Changed_missing_and_duplicated_rows_are_reported_while_physical_order_is_not()
    {
        await using var database = await PostgresServer.Shared.CreateTestDatabaseAsync("data");
        await database.ExecuteScriptAsync("""
            CREATE TABLE t (id int, name text, note text);
            INSERT INTO t VALUES (1, 'a', NULL), (2, 'b''s', 'x'), (3, NULL, 'y');
            CREATE TABLE other (v int);
            """);
        var catalog = await database.CatalogAsync();
        var columns = CatalogSnapshot.CommonColumns(catalog, catalog);
        Assert.Equal(["id", "name", "note"], columns[new TableName("public", "t")]);
        var before = await DataSnapshot.CaptureAsync(database.ConnectionString, columns);
        Assert.Contains("(id='2', name='b''s', note='x')", before.Rows[new TableName("public", "t")]);

        // A rewrite reorders rows physically; that alone is not a change.
        await database.ExecuteScriptAsync("UPDATE t SET id = id WHERE id = 1; VACUUM FULL t;");
        Assert.Empty(DataSnapshot.Diff(before, await DataSnapshot.CaptureAsync(database.ConnectionString, columns)));

        await database.ExecuteScriptAsync("UPDATE t SET note = '' WHERE id = 1; DELETE FROM t WHERE id = 3; INSERT INTO t VALUES (2, 'b''s', 'x');");
        var problems = string.Join('\n', DataSnapshot.Diff(before, await DataSnapshot.CaptureAsync(database.ConnectionString, columns)));
        Assert.Contains("- (id='1', name='a', note=NULL)", problems);
        Assert.Contains("- (id='3', name=NULL, note='y')", problems);
        Assert.Contains("+ (id='1', name='a', note='')", problems);
        Assert.Contains("+ (id='2', name='b''s', note='x')", problems);
    }

    [Fact]
    public async Task Common_columns_exclude_what_one_version_lacks_and_optionally_what_was_retyped()
    {
        await using var from = await PostgresServer.Shared.CreateTestDatabaseAsync("data_from");
        await using var to = await PostgresServer.Shared.CreateTestDatabaseAsync("data_to");
        await from.ExecuteScriptAsync("CREATE TABLE t (id int, gone text, n int); CREATE TABLE dropped (x int);");
        await to.ExecuteScriptAsync("CREATE TABLE t (id int, added text, n bigint); CREATE TABLE created (x int);");
        var a = await from.CatalogAsync();
        var b = await to.CatalogAsync();
        var table = new TableName("public", "t");
        Assert.Equal([table], CatalogSnapshot.CommonColumns(a, b).Keys);
        Assert.Equal(["id", "n"], CatalogSnapshot.CommonColumns(a, b)[table]);
        Assert.Equal(["id"], CatalogSnapshot.CommonColumns(a, b, sameTypeOnly: true)[table]);
    }
}
