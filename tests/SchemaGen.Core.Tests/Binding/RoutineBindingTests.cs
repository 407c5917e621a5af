using SchemaGen.Core.Model;

namespace SchemaGen.Core.Tests.Binding;

public class RoutineBindingTests
{
    private static SchemaDocument Parse(string text) => SchemaDocument.Parse("schema.sql", text);

    [Fact]
    public void Overloads_are_distinct_and_out_arguments_do_not_count()
    {
        var document = Parse(
            "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql RETURN a;\n" +
            "CREATE FUNCTION f(a text, OUT b int) LANGUAGE sql AS 'select 1';\n" +
            "DROP FUNCTION f(int4);");
        Assert.Empty(document.Diagnostics);
        var function = Assert.Single(document.Catalog.Functions.Values);
        Assert.Equal("(text)", function.Key.ArgTypes);
        Assert.Equal("integer", function.Returns);
    }

    [Fact]
    public void Defaults_are_filled_in()
    {
        var function = Assert.Single(Parse("CREATE FUNCTION f() RETURNS TABLE (x int) LANGUAGE plpgsql AS $$ BEGIN END $$;").Catalog.Functions.Values);
        Assert.Equal(('v', false, 'u', "100", "1000"), (function.Volatility, function.Strict, function.Parallel, function.Cost, function.Rows));
        Assert.Equal("TABLE(x integer)", function.Returns);
    }

    [Fact]
    public void Duplicate_function_without_or_replace_is_an_error()
    {
        var diagnostic = Assert.Single(Parse(
            "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'select 1';\n" +
            "CREATE FUNCTION f(integer) RETURNS int LANGUAGE sql AS 'select 2';").Diagnostics);
        Assert.Equal("SG0003", diagnostic.Id);
        Assert.Equal("function \"f(integer)\" already exists with same argument types", diagnostic.Message);
        Assert.Equal((2, 17), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Or_replace_replaces_in_place()
    {
        var document = Parse(
            "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'select 1';\n" +
            "CREATE OR REPLACE FUNCTION f(integer) RETURNS int LANGUAGE sql IMMUTABLE AS 'select 2';");
        Assert.Empty(document.Diagnostics);
        Assert.Equal('i', Assert.Single(document.Catalog.Functions.Values).Volatility);
    }

    [Fact]
    public void Trigger_needs_its_function()
    {
        var diagnostic = Assert.Single(Parse(
            "CREATE TABLE t (a int);\nCREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION missing();").Diagnostics);
        Assert.Equal("function missing() does not exist", diagnostic.Message);
        Assert.Equal((2, 67), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Trigger_on_unknown_column_is_an_error()
    {
        var diagnostic = Assert.Single(Parse(
            "CREATE TABLE t (a int);\nCREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';\n" +
            "CREATE TRIGGER x BEFORE UPDATE OF b ON t FOR EACH ROW EXECUTE FUNCTION trg();").Diagnostics);
        Assert.Equal("column \"b\" of relation \"t\" does not exist", diagnostic.Message);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    [Fact]
    public void Dropping_a_table_drops_its_triggers_and_policies()
    {
        var document = Parse(
            "CREATE TABLE t (a int);\nCREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';\n" +
            "CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();\nCREATE POLICY p ON t USING (true);\nDROP TABLE t;");
        Assert.Empty(document.Diagnostics);
        Assert.Equal(0, document.Catalog.Triggers.Count);
        Assert.Equal(0, document.Catalog.Policies.Count);
    }

    [Fact]
    public void Alter_policy_changes_only_what_it_names()
    {
        var document = Parse(
            "CREATE TABLE t (a int);\nCREATE POLICY p ON t FOR UPDATE TO r1 USING (a > 0) WITH CHECK (a > 1);\n" +
            "ALTER POLICY p ON t USING (a > 2);\nALTER POLICY p ON t RENAME TO q;\nCOMMENT ON POLICY q ON t IS 'c';");
        Assert.Empty(document.Diagnostics);
        var policy = Assert.Single(document.Catalog.Policies.Values);
        Assert.Equal("q", policy.Key.Name);
        Assert.Equal("a > 2", policy.Using!.Normalized);
        Assert.Equal("a > 1", policy.Check!.Normalized);
        Assert.Equal(new[] { "r1" }, policy.Roles);
    }

    [Fact]
    public void With_check_on_select_policy_is_an_error()
    {
        var diagnostic = Assert.Single(Parse("CREATE TABLE t (a int);\nCREATE POLICY p ON t FOR SELECT WITH CHECK (true);").Diagnostics);
        Assert.Equal("WITH CHECK cannot be applied to SELECT or DELETE", diagnostic.Message);
        Assert.Equal((2, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
