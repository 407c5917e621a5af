namespace SchemaGen.Core.Tests.Planning;

/// <summary>The dependency graph that orders statements inside a phase, across object kinds.</summary>
public class DependencyOrderTests
{
    private static Migration Plan(string from, string to) => MigrationGenerator.Generate("from.sql", from, "to.sql", to);

    private static int IndexOf(IReadOnlyList<string> statements, string start)
    {
        for (var i = 0; i < statements.Count; i++)
            if (statements[i].StartsWith(start, StringComparison.Ordinal)) return i;
        throw new Xunit.Sdk.XunitException($"no statement starts with {start}:\n{string.Join("\n", statements)}");
    }

    private const string Views = "CREATE TABLE t (id int, name text);\nCREATE VIEW a AS SELECT name FROM t;\nCREATE VIEW b AS SELECT name FROM a;\n";

    [Fact]
    public void A_sql_function_reading_a_created_view_is_created_after_it()
    {
        var migration = Plan("CREATE TABLE t (id int, name text);",
            Views + "CREATE FUNCTION names() RETURNS SETOF text LANGUAGE sql AS $$ SELECT name FROM b $$;");

        var up = migration.UpStatements;
        Assert.True(IndexOf(up, "CREATE OR REPLACE VIEW b") < IndexOf(up, "CREATE OR REPLACE FUNCTION names()"));
    }

    [Fact]
    public void A_function_reading_a_view_replaced_in_place_keeps_its_early_phase()
    {
        var migration = Plan(Views, Views.Replace("SELECT name FROM a;", "SELECT name, 1 AS one FROM a;")
            + "CREATE FUNCTION names() RETURNS SETOF text LANGUAGE sql AS $$ SELECT name FROM b $$;");

        var up = migration.UpStatements;
        Assert.True(IndexOf(up, "CREATE OR REPLACE FUNCTION names()") < IndexOf(up, "CREATE OR REPLACE VIEW b"));
    }

    [Fact]
    public void A_view_calling_a_function_that_reads_a_view_comes_after_that_function()
    {
        var migration = Plan("CREATE TABLE t (id int, name text);",
            Views + "CREATE FUNCTION n() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM b $$;\nCREATE VIEW c AS SELECT n() AS total;");

        var up = migration.UpStatements;
        Assert.True(IndexOf(up, "CREATE OR REPLACE VIEW b") < IndexOf(up, "CREATE OR REPLACE FUNCTION n()"));
        Assert.True(IndexOf(up, "CREATE OR REPLACE FUNCTION n()") < IndexOf(up, "CREATE OR REPLACE VIEW c"));
    }

    [Fact]
    public void A_routine_with_a_standard_body_on_a_dropped_view_is_dropped_first()
    {
        var migration = Plan(Views + "CREATE FUNCTION names() RETURNS SETOF text LANGUAGE sql BEGIN ATOMIC SELECT name FROM b; END;",
            "CREATE TABLE t (id int, name text);");

        var up = migration.UpStatements;
        Assert.True(IndexOf(up, "DROP FUNCTION IF EXISTS names()") < IndexOf(up, "DROP VIEW IF EXISTS b"));
        Assert.True(IndexOf(up, "DROP VIEW IF EXISTS b") < IndexOf(up, "DROP VIEW IF EXISTS a"));
    }

    [Fact]
    public void A_view_calling_a_function_whose_signature_changes_is_rebuilt_around_it()
    {
        const string table = "CREATE TABLE t (id int, price numeric);\n";
        const string view = "CREATE VIEW v AS SELECT gross(price) FROM t;";
        var migration = Plan(table + "CREATE FUNCTION gross(p numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT p $$;\n" + view,
            table + "CREATE FUNCTION gross(p numeric) RETURNS double precision LANGUAGE sql AS $$ SELECT p::float8 $$;\n" + view);

        var up = migration.UpStatements;
        Assert.True(IndexOf(up, "DROP VIEW IF EXISTS v") < IndexOf(up, "DO "));
        Assert.True(IndexOf(up, "CREATE OR REPLACE FUNCTION gross") < IndexOf(up, "CREATE OR REPLACE VIEW v"));
    }

    [Fact]
    public void An_instead_of_trigger_comes_back_when_its_view_is_rebuilt()
    {
        const string function = "CREATE FUNCTION ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n";
        const string trigger = "CREATE VIEW v AS SELECT id FROM t;\nCREATE TRIGGER v_ins INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION ins();";
        var migration = Plan("CREATE TABLE t (id int);\n" + function + trigger, "CREATE TABLE t (id bigint);\n" + function + trigger);

        var up = migration.UpStatements;
        Assert.True(IndexOf(up, "DROP VIEW IF EXISTS v") < IndexOf(up, "ALTER TABLE t ALTER COLUMN id TYPE bigint"));
        Assert.True(IndexOf(up, "CREATE OR REPLACE VIEW v") < IndexOf(up, "CREATE OR REPLACE TRIGGER v_ins INSTEAD OF INSERT ON v"));
    }

    [Fact]
    public void Row_level_before_triggers_on_a_view_are_an_error()
    {
        var error = Assert.Throws<SchemaException>(() => Plan("",
            "CREATE TABLE t (id int);\nCREATE VIEW v AS SELECT id FROM t;\nCREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n"
            + "CREATE TRIGGER x BEFORE INSERT ON v FOR EACH ROW EXECUTE FUNCTION f();"));

        Assert.Contains("views cannot have row-level BEFORE or AFTER triggers", error.Message);
    }
}
