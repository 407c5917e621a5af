using SchemaGen.Testing;

namespace SchemaGen.RoundTrip.Tests.Harness;

public sealed class SqlScriptSplitterTests
{
    [Fact]
    public void Semicolons_inside_quotes_comments_and_bodies_do_not_split()
    {
        const string script = """
            -- leading; comment
            CREATE TABLE "a;b" (x text DEFAULT 'it''s;here', y text DEFAULT E'\';x');
            /* outer /* nested; */ still; comment */
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $fn$ BEGIN RETURN 1; END; $fn$;
            CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END;
            SELECT $1$$
            """;
        var statements = SqlScriptSplitter.Split(script);
        Assert.Equal(4, statements.Count);
        Assert.StartsWith("CREATE TABLE \"a;b\"", statements[0].Text);
        Assert.EndsWith("'\\';x');", statements[0].Text);
        Assert.EndsWith("$fn$;", statements[1].Text);
        Assert.EndsWith("END; END;", statements[2].Text);
        Assert.Equal("SELECT $1$$", statements[3].Text);
        Assert.Equal(script.IndexOf("CREATE TABLE", StringComparison.Ordinal), statements[0].Offset);
    }

    [Fact]
    public void Comment_only_text_has_no_statements() =>
        Assert.Empty(SqlScriptSplitter.Split("-- nothing\n/* here */\n  \n"));
}
