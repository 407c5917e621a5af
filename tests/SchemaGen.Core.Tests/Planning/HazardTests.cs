namespace SchemaGen.Core.Tests.Planning;

/// <summary>Hazards are attached where statements are planned, located in the file that explains them.</summary>
public class HazardTests
{
    private static Migration Diff(string from, string to) =>
        MigrationGenerator.Generate("v1.sql", from, "v2.sql", to);

    [Theory]
    [InlineData("varchar(10)", "varchar(20)", false)]
    [InlineData("varchar(10)", "text", false)]
    [InlineData("text", "varchar", false)]
    [InlineData("numeric(10,2)", "numeric(12,2)", false)]
    [InlineData("numeric(10,2)", "numeric", false)]
    [InlineData("varchar(20)", "varchar(10)", true)]
    [InlineData("integer", "bigint", true)]
    [InlineData("text", "integer", true)]
    [InlineData("numeric(10,2)", "numeric(10,3)", true)]
    public void A_type_change_is_a_rewrite_unless_PostgreSQL_can_skip_it(string from, string to, bool rewrite)
    {
        var migration = Diff($"CREATE TABLE t (c {from});", $"CREATE TABLE t (c {to});");

        Assert.Equal(rewrite, migration.Hazards.Any(h => h.Id == "SG3002"));
    }

    [Fact]
    public void Drops_are_located_in_the_older_file_and_additions_in_the_newer()
    {
        var migration = Diff(
            "CREATE TABLE gone (id int);\nCREATE TABLE t (\n  id int,\n  old_col text\n);",
            "CREATE TABLE t (\n  id int,\n  new_col text NOT NULL\n);");

        var dropTable = migration.Hazards.Single(h => h.Id == "SG1001");
        Assert.Equal("v1.sql:1:14", dropTable.Location.ToString());
        var dropColumn = migration.Hazards.Single(h => h.Id == "SG1002");
        Assert.Equal("v1.sql:4:3", dropColumn.Location.ToString());
        var notNull = migration.Hazards.Single(h => h.Id == "SG1003");
        Assert.Equal("v2.sql:3:3", notNull.Location.ToString());
        Assert.Contains("''", notNull.Message);
    }

    [Fact]
    public void A_new_table_carries_no_existing_row_hazards()
    {
        var migration = Diff("", "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, CHECK (id > 0));\nCREATE INDEX ON t (name);");

        Assert.Empty(migration.Hazards);
    }

    [Fact]
    public void Constraints_and_indexes_on_existing_tables_warn_about_existing_rows_and_locks()
    {
        var migration = Diff("CREATE TABLE t (id int, name text);",
            "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);\nCREATE INDEX ON t (name);");

        Assert.Contains(migration.Hazards, h => h.Id == "SG2002");
        Assert.Contains(migration.Hazards, h => h.Id == "SG2001");
        Assert.Contains(migration.Hazards, h => h.Id == "SG3001");
    }
}
