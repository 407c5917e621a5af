using SchemaGen.Core.Model;

namespace SchemaGen.Core.Tests.Parsing;

public class RoutineParsingTests
{
    private static SchemaDocument Parse(string text) => SchemaDocument.Parse("schema.sql", text);

    private static Function SingleFunction(string text)
    {
        var document = Parse(text);
        Assert.Empty(document.Diagnostics);
        return Assert.Single(document.Catalog.Functions.Values);
    }

    [Fact]
    public void Function_attributes_are_read_in_any_order()
    {
        var function = SingleFunction(
            "CREATE FUNCTION f(a int4, OUT b text, c varchar(3) DEFAULT 'x') RETURNS SETOF record AS $f$ select 1 $f$ " +
            "STRICT ROWS 10 COST 5 LANGUAGE plpgsql STABLE LEAKPROOF SECURITY DEFINER PARALLEL SAFE SET search_path = public, pg_temp;");
        Assert.Equal(new FunctionKey(new QualifiedName("public", "f"), "(integer, character varying(3))"), function.Key);
        Assert.Equal("SETOF record", function.Returns);
        Assert.Equal("plpgsql", function.Language);
        Assert.Equal('s', function.Volatility);
        Assert.True(function.Strict && function.Leakproof && function.SecurityDefiner);
        Assert.Equal('s', function.Parallel);
        Assert.Equal(("5", "10"), (function.Cost, function.Rows));
        Assert.Equal("$f$ select 1 $f$", function.BodySql);
        Assert.Equal("search_path", Assert.Single(function.Settings).Name);
    }

    [Fact]
    public void Returns_null_on_null_input_is_strict_not_a_result_type()
    {
        var function = SingleFunction("CREATE FUNCTION f(v integer) RETURNS integer AS 'select v' LANGUAGE sql RETURNS NULL ON NULL INPUT;");
        Assert.True(function.Strict);
        Assert.Equal("integer", function.Returns);
    }

    [Fact]
    public void Begin_atomic_body_keeps_its_semicolons_and_case_end()
    {
        var text = "CREATE PROCEDURE p(x int) LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 END; DELETE FROM t; END;\nCREATE SCHEMA s;";
        var document = Parse(text);
        Assert.Empty(document.Diagnostics);
        var procedure = Assert.Single(document.Catalog.Functions.Values);
        Assert.True(procedure.Procedure);
        Assert.Null(procedure.Returns);
        Assert.Equal("BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 END; DELETE FROM t; END", procedure.BodySql);
        Assert.Contains("s", document.Catalog.Schemas.Keys);
    }

    [Fact]
    public void Unnamed_multi_word_parameter_types_are_types()
    {
        var function = SingleFunction("CREATE FUNCTION f(double precision, timestamp with time zone) RETURNS void LANGUAGE sql AS '';");
        Assert.Equal("(double precision, timestamp with time zone)", function.Key.ArgTypes);
        Assert.All(function.Args, a => Assert.Null(a.Name));
    }

    [Fact]
    public void Missing_body_is_reported_at_the_statement_end()
    {
        var diagnostic = Assert.Single(Parse("CREATE FUNCTION f() RETURNS int LANGUAGE sql;").Diagnostics);
        Assert.Equal("SG0001", diagnostic.Id);
        Assert.Equal("expected AS, RETURN or BEGIN ATOMIC with the body but found ';'", diagnostic.Message);
        Assert.Equal((1, 45), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Unknown_attribute_is_located()
    {
        var diagnostic = Assert.Single(Parse("CREATE FUNCTION f() RETURNS int\n  LANGUAGE sql BOGUS AS 'select 1';").Diagnostics);
        Assert.Equal("expected a function attribute but found 'BOGUS'", diagnostic.Message);
        Assert.Equal((2, 16), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Trigger_clauses_are_read()
    {
        var document = Parse(
            "CREATE TABLE t (a int, b int);\n" +
            "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n" +
            "CREATE TRIGGER x AFTER UPDATE OF b, a OR INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE PROCEDURE trg('a', 1, b);\n" +
            "ALTER TABLE t DISABLE TRIGGER x;");
        Assert.Empty(document.Diagnostics);
        var trigger = Assert.Single(document.Catalog.Triggers.Values);
        Assert.Equal(new[] { "insert", "update" }, trigger.Events);
        Assert.Equal(new[] { "b", "a" }, trigger.UpdateColumns);
        Assert.Equal("n", trigger.NewTable);
        Assert.False(trigger.ForEachRow);
        Assert.Equal(new[] { "a", "1", "b" }, trigger.Arguments);
        Assert.Equal('D', trigger.Enabled);
    }

    [Fact]
    public void Trigger_without_execute_is_located()
    {
        var diagnostic = Assert.Single(Parse("CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW trg();").Diagnostics);
        Assert.Equal("expected EXECUTE but found 'trg'", diagnostic.Message);
        Assert.Equal((1, 50), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Policy_clauses_are_read()
    {
        var document = Parse(
            "CREATE TABLE t (owner text);\n" +
            "CREATE POLICY p ON t AS RESTRICTIVE FOR UPDATE TO b_role, a_role USING (owner = current_user) WITH CHECK (true);");
        Assert.Empty(document.Diagnostics);
        var policy = Assert.Single(document.Catalog.Policies.Values);
        Assert.False(policy.Permissive);
        Assert.Equal("update", policy.Command);
        Assert.Equal(new[] { "a_role", "b_role" }, policy.Roles);
        Assert.Equal("owner = current_user", policy.Using!.Text);
    }

    [Fact]
    public void Policy_with_unknown_command_is_located()
    {
        var diagnostic = Assert.Single(Parse("CREATE POLICY p ON t FOR MERGE USING (true);").Diagnostics);
        Assert.Equal("expected ALL, SELECT, INSERT, UPDATE or DELETE but found 'merge'", diagnostic.Message);
        Assert.Equal((1, 26), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Alter_function_owner_is_ignored_and_other_alters_are_unsupported()
    {
        var document = Parse(
            "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql RETURN a;\n" +
            "ALTER FUNCTION public.f(integer) OWNER TO postgres;\n" +
            "ALTER FUNCTION f(int) IMMUTABLE;");
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("SG0002", diagnostic.Id);
        Assert.Equal("unsupported statement ALTER FUNCTION: only ALTER FUNCTION ... OWNER TO is supported; change the CREATE FUNCTION statement instead", diagnostic.Message);
        Assert.Equal((3, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Single(document.Catalog.Functions.Values);
    }
}
