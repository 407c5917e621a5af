namespace SchemaGen.Core.Tests.Planning;

public class ViewPlanningTests
{
    private const string Table = "CREATE TABLE t (id int, name text, price int);\n";

    private static Migration Plan(string from, string to) => MigrationGenerator.Generate("from.sql", from, "to.sql", to);

    [Fact]
    public void Appending_a_column_replaces_the_view_in_place()
    {
        var migration = Plan(Table + "CREATE VIEW v AS SELECT id FROM t;", Table + "CREATE VIEW v AS SELECT id, name FROM t;");
        Assert.Equal(new[] { "CREATE OR REPLACE VIEW v AS\nSELECT id, name FROM t;" }, migration.UpStatements);
        Assert.StartsWith("DROP VIEW", migration.DownStatements[0]);
    }

    [Fact]
    public void Views_reading_a_retyped_column_are_dropped_before_and_created_after()
    {
        var migration = Plan(Table + "CREATE VIEW v AS SELECT price FROM t;\nCREATE VIEW w AS SELECT price FROM v;",
            Table.Replace("price int", "price bigint") + "CREATE VIEW v AS SELECT price FROM t;\nCREATE VIEW w AS SELECT price FROM v;");
        var up = migration.UpStatements;
        Assert.StartsWith("DROP VIEW IF EXISTS w", up[0]);
        Assert.StartsWith("DROP VIEW IF EXISTS v", up[1]);
        Assert.StartsWith("ALTER TABLE t ALTER COLUMN price TYPE bigint", up[2]);
        Assert.StartsWith("CREATE OR REPLACE VIEW v", up[3]);
        Assert.StartsWith("CREATE OR REPLACE VIEW w", up[4]);
    }

    [Fact]
    public void Option_changes_alone_use_alter_view()
    {
        var migration = Plan(Table + "CREATE VIEW v AS SELECT id FROM t;", Table + "CREATE VIEW v WITH (security_barrier) AS SELECT id FROM t;");
        Assert.Equal(new[] { "ALTER VIEW v SET (security_barrier=true);" }, migration.UpStatements);
        Assert.Equal(new[] { "ALTER VIEW v RESET (security_barrier);" }, migration.DownStatements);
    }
}
