namespace SchemaGen.Core.Tests.Planning;

public class RoutinePlanningTests
{
    private static Migration Diff(string from, string to) =>
        MigrationGenerator.Generate(SchemaDocument.Parse("from.sql", from), SchemaDocument.Parse("to.sql", to));

    private const string Table = "CREATE TABLE t (a int, b int);\n";
    private const string TriggerFunction = "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n";

    [Fact]
    public void Body_change_is_create_or_replace_with_the_body_text_kept()
    {
        var migration = Diff(
            "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $q$ select x $q$;",
            "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $q$ select  x + 1 $q$;");
        var up = Assert.Single(migration.UpStatements);
        Assert.StartsWith("CREATE OR REPLACE FUNCTION f(x integer)", up);
        Assert.EndsWith("AS $q$ select  x + 1 $q$;", up);
    }

    [Fact]
    public void Equivalent_spellings_plan_nothing()
    {
        var migration = Diff(
            "CREATE FUNCTION f(x int4) RETURNS int AS 'select x' LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE COST 100;",
            "create function F(X integer) returns integer language SQL as 'select x';");
        Assert.True(migration.IsEmpty);
    }

    [Fact]
    public void Result_type_change_drops_and_creates()
    {
        var migration = Diff(
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';",
            "CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'select 1';");
        Assert.Equal(2, migration.UpStatements.Count);
        Assert.Contains("DROP FUNCTION f();", migration.UpStatements[0]);
        Assert.StartsWith("CREATE OR REPLACE FUNCTION f()", migration.UpStatements[1]);
    }

    [Fact]
    public void Function_is_created_before_the_table_that_uses_it_and_dropped_after()
    {
        var migration = Diff("", "CREATE FUNCTION two() RETURNS int LANGUAGE sql IMMUTABLE RETURN 2;\nCREATE TABLE t (a int DEFAULT two());");
        Assert.StartsWith("CREATE OR REPLACE FUNCTION two()", migration.UpStatements[0]);
        Assert.StartsWith("CREATE TABLE", migration.UpStatements[1]);
        Assert.StartsWith("DROP TABLE", migration.DownStatements[0]);
        Assert.StartsWith("DROP FUNCTION", migration.DownStatements[1]);
    }

    [Fact]
    public void Trigger_change_uses_create_or_replace_and_keeps_disabled_state()
    {
        var migration = Diff(
            Table + TriggerFunction + "CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();\nALTER TABLE t DISABLE TRIGGER x;",
            Table + TriggerFunction + "CREATE TRIGGER x BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION trg();\nALTER TABLE t DISABLE TRIGGER x;");
        Assert.Equal(new[]
        {
            "CREATE OR REPLACE TRIGGER x BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION trg();",
            "ALTER TABLE t DISABLE TRIGGER x;",
        }, migration.UpStatements);
    }

    [Fact]
    public void Trigger_on_a_dropped_column_is_dropped_before_the_column()
    {
        var migration = Diff(
            Table + TriggerFunction + "CREATE TRIGGER x BEFORE UPDATE OF b ON t FOR EACH ROW EXECUTE FUNCTION trg();",
            "CREATE TABLE t (a int);\n" + TriggerFunction + "CREATE TRIGGER x BEFORE UPDATE OF a ON t FOR EACH ROW EXECUTE FUNCTION trg();");
        Assert.StartsWith("DROP TRIGGER IF EXISTS x ON t;", migration.UpStatements[0]);
        var dropColumn = migration.UpStatements.ToList().FindIndex(s => s.Contains("DROP COLUMN"));
        var create = migration.UpStatements.ToList().FindIndex(s => s.Contains("CREATE OR REPLACE TRIGGER x"));
        Assert.True(dropColumn > 0 && create > dropColumn);
    }

    [Fact]
    public void Policy_expression_change_is_alter_policy()
    {
        var migration = Diff(
            Table + "CREATE POLICY p ON t USING (a > 0);",
            Table + "CREATE POLICY p ON t TO PUBLIC USING (a > 1) WITH CHECK (b > 0);");
        Assert.Equal("ALTER POLICY p ON t TO PUBLIC USING (a > 1) WITH CHECK (b > 0);", Assert.Single(migration.UpStatements));
        Assert.StartsWith("DO $$", Assert.Single(migration.DownStatements, s => s.Contains("CREATE POLICY p")));
        Assert.StartsWith("DROP POLICY IF EXISTS p ON t;", migration.DownStatements[0]);
    }

    [Fact]
    public void Policy_command_change_drops_and_creates_guarded()
    {
        var migration = Diff(Table + "CREATE POLICY p ON t FOR SELECT USING (a > 0);", Table + "CREATE POLICY p ON t FOR UPDATE USING (a > 0);");
        Assert.Equal("DROP POLICY IF EXISTS p ON t;", migration.UpStatements[0]);
        Assert.Contains("IF NOT EXISTS (SELECT FROM pg_catalog.pg_policy WHERE polrelid = 't'::regclass AND polname = 'p') THEN", migration.UpStatements[1]);
        Assert.Contains("CREATE POLICY p ON t FOR UPDATE TO PUBLIC USING (a > 0);", migration.UpStatements[1]);
    }
}
