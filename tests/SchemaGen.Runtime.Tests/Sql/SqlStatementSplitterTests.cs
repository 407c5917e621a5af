using SchemaGen.Runtime.Sql;

namespace SchemaGen.Runtime.Tests.Sql;

public class SqlStatementSplitterTests
{
    private static string[] Texts(string sql) => SqlStatementSplitter.Split(sql).Select(s => s.Text).ToArray();

    [Fact]
    public void Splits_at_top_level_semicolons_and_drops_empty_statements()
        => Assert.Equal(["CREATE TABLE a (id int)", "DROP TABLE b"], Texts("CREATE TABLE a (id int);\n;;  DROP TABLE b ;\n"));

    [Fact]
    public void Last_statement_needs_no_semicolon()
        => Assert.Equal(["SELECT 1", "SELECT 2"], Texts("SELECT 1; SELECT 2"));

    [Fact]
    public void Offsets_point_at_the_statement_in_the_original_text()
    {
        const string sql = "-- header\nSELECT 1;\n\n  SELECT 2;";
        var statements = SqlStatementSplitter.Split(sql);
        Assert.Equal([10, 23], statements.Select(s => s.Offset));
        Assert.All(statements, s => Assert.StartsWith(s.Text, sql[s.Offset..], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SELECT 'a;b''c;'", "standard string with doubled quote")]
    [InlineData("SELECT E'a\\';b'", "escape string with backslash-quote")]
    [InlineData("SELECT \"we;ird\"\"x;\" FROM t", "quoted identifier")]
    [InlineData("SELECT $$a;b$$", "empty-tag dollar quote")]
    [InlineData("SELECT $fn$ a; $$ ; $ $fn$", "tagged dollar quote holding another tag")]
    [InlineData("SELECT 1 -- c;omment\n + 1", "line comment")]
    [InlineData("SELECT /* a; /* nested; */ still; */ 1", "nested block comment")]
    [InlineData("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO u VALUES (1); NOTIFY x)", "parentheses")]
    public void Semicolons_inside_literals_comments_and_parentheses_do_not_split(string sql, string because)
        => Assert.True(Texts(sql + ";SELECT 9").Length == 2, because);

    [Fact]
    public void Standard_strings_do_not_treat_backslash_as_escape()
        => Assert.Equal(["SELECT 'C:\\'", "SELECT 2"], Texts("SELECT 'C:\\'; SELECT 2"));

    [Fact]
    public void Dollar_after_identifier_or_digit_is_not_a_quote()
        => Assert.Equal(["SELECT a$b, $1 FROM t", "SELECT $x$;$x$"], Texts("SELECT a$b, $1 FROM t; SELECT $x$;$x$"));

    [Fact]
    public void Do_block_is_one_statement()
    {
        const string sql = """
            DO $$
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
                CREATE TYPE mood AS ENUM ('sad', 'ok');
              END IF;
            END
            $$;
            CREATE TABLE t (m mood);
            """;
        var texts = Texts(sql);
        Assert.Equal(2, texts.Length);
        Assert.EndsWith("$$", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_standard_function_body_is_one_statement()
    {
        const string sql = """
            CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql
            BEGIN ATOMIC
              SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;
              SELECT x + 1;
            END;
            BEGIN;
            CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END;
            """;
        var texts = Texts(sql);
        Assert.Equal(3, texts.Length);
        Assert.EndsWith("END", texts[0], StringComparison.Ordinal);
        Assert.Equal("BEGIN", texts[1]);
    }

    [Fact]
    public void Comment_only_text_yields_no_statement()
        => Assert.Empty(Texts("-- nothing\n/* here; */\n  "));

    [Fact]
    public void Unterminated_literal_runs_to_the_end_so_PostgreSQL_reports_it()
        => Assert.Equal(["SELECT 'oops; SELECT 2"], Texts("SELECT 'oops; SELECT 2"));
}
