namespace SchemaGen.Core.Tests.Planning;

/// <summary>Inheritance children follow their parents; a changed parent list goes through NO INHERIT and INHERIT.</summary>
public class InheritancePlanningTests
{
    private static Migration Plan(string from, string to) => MigrationGenerator.Generate("from.sql", from, "to.sql", to);

    private static int IndexOf(IReadOnlyList<string> statements, string fragment)
    {
        for (var i = 0; i < statements.Count; i++)
            if (statements[i].Contains(fragment, StringComparison.Ordinal)) return i;
        throw new Xunit.Sdk.XunitException($"no statement contains {fragment}:\n{string.Join("\n", statements)}");
    }

    private const string Parent = "CREATE TABLE p (id int NOT NULL, CONSTRAINT ck CHECK (id > 0));\n";

    [Fact]
    public void A_child_is_created_after_its_parent_with_only_its_own_columns()
    {
        var up = Plan("", Parent + "CREATE TABLE ch (x int) INHERITS (p);").UpStatements;

        var create = up[IndexOf(up, "TABLE IF NOT EXISTS ch")];
        Assert.Contains("INHERITS (p)", create);
        Assert.DoesNotContain("id", create);
        Assert.DoesNotContain("ck", create);
        Assert.True(IndexOf(up, "TABLE IF NOT EXISTS p") < IndexOf(up, "TABLE IF NOT EXISTS ch"));
        Assert.DoesNotContain(up, s => s.Contains("ALTER TABLE ch", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parents_column_and_check_changes_are_not_repeated_on_the_child()
    {
        var from = Parent + "CREATE TABLE ch (x int) INHERITS (p);";
        var to = "CREATE TABLE p (id int NOT NULL, added text, CONSTRAINT ck CHECK (id > 1));\nCREATE TABLE ch (x int) INHERITS (p);";

        var migration = Plan(from, to);

        Assert.DoesNotContain(migration.UpStatements.Concat(migration.DownStatements), s => s.Contains("ALTER TABLE ch", StringComparison.Ordinal));
    }

    [Fact]
    public void Children_are_dropped_before_their_parent()
    {
        var down = Plan("", Parent + "CREATE TABLE ch (x int) INHERITS (p);").DownStatements;

        Assert.True(IndexOf(down, "DROP TABLE IF EXISTS ch") < IndexOf(down, "DROP TABLE IF EXISTS p"));
    }

    [Fact]
    public void A_table_joining_a_parent_gets_its_columns_and_checks_before_inherit()
    {
        var migration = Plan(Parent + "CREATE TABLE t (x int);", Parent + "CREATE TABLE t (x int) INHERITS (p);");

        var up = migration.UpStatements;
        Assert.True(IndexOf(up, "ADD COLUMN IF NOT EXISTS id") < IndexOf(up, "ALTER TABLE t INHERIT p"));
        Assert.True(IndexOf(up, "ADD CONSTRAINT ck") < IndexOf(up, "ALTER TABLE t INHERIT p"));
        var down = migration.DownStatements;
        Assert.True(IndexOf(down, "ALTER TABLE t NO INHERIT p") < IndexOf(down, "DROP COLUMN IF EXISTS id"));
    }
}
