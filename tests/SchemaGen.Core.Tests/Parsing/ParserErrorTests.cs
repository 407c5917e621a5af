using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Parsing;

namespace SchemaGen.Core.Tests.Parsing;

/// <summary>Bad input gives one located diagnostic per bad statement, and parsing goes on.</summary>
public class ParserErrorTests
{
    private static SchemaDiagnostic Single(string text)
    {
        var result = Parser.Parse("schema.sql", text);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void A_missing_comma_is_reported_where_it_is_missing()
    {
        var diagnostic = Single("CREATE TABLE users (\n    id integer\n    email text\n);");

        Assert.Equal("SG0001", diagnostic.Id);
        Assert.Equal((3, 5), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("expected ',' or ')' in the table definition but found 'email'", diagnostic.Message);
        Assert.Equal("schema.sql:3:5: error SG0001: expected ',' or ')' in the table definition but found 'email'", diagnostic.ToString());
    }

    [Fact]
    public void An_unterminated_string_is_located_at_its_opening_quote()
    {
        var diagnostic = Single("CREATE TABLE t (\n  c text DEFAULT 'abc\n);");

        Assert.Equal("SG0001", diagnostic.Id);
        Assert.Equal((2, 18), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("unterminated", diagnostic.Message);
    }

    [Fact]
    public void An_unsupported_statement_names_itself()
    {
        var diagnostic = Single("CREATE TABLE t (id int);\nCREATE RULE r AS ON INSERT TO t DO NOTHING;");

        Assert.Equal("SG0002", diagnostic.Id);
        Assert.Equal((2, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith("unsupported statement CREATE RULE", diagnostic.Message);
    }

    [Fact]
    public void Parsing_resumes_after_a_bad_statement()
    {
        var result = Parser.Parse("schema.sql", "CREATE TABLE a (id int,);\nCREATE TABLE b (id int);\nCREATE TABLE c (id int id2 int);\nCREATE TABLE d (id int);");

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Equal(new[] { 1, 3 }, result.Diagnostics.Select(d => d.Location.Line));
        Assert.Equal(2, result.Statements.Count);
    }

    [Fact]
    public void A_statement_cut_off_at_the_end_of_the_file_says_so()
    {
        var diagnostic = Single("CREATE TABLE t (id int");

        Assert.Equal("expected ',' or ')' in the table definition but found the end of the file", diagnostic.Message);
    }

    [Theory]
    [InlineData("CREATE TABLE t (id int) garbage;")]
    [InlineData("CREATE INDEX ON t;")]
    [InlineData("ALTER TABLE t ADD;")]
    [InlineData("COMMENT ON TABLE t IS 42;")]
    [InlineData("CREATE TABLE t (c numeric(10,);")]
    [InlineData("CREATE TABLE (id int);")]
    [InlineData(")))(((;;;")]
    [InlineData("CREATE TABLE t (c int CONSTRAINT);")]
    [InlineData("CREATE SEQUENCE s INCREMENT BY x;")]
    public void Malformed_statements_are_diagnostics_not_exceptions(string text)
    {
        var result = Parser.Parse("schema.sql", text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SG0001", diagnostic.Id);
        Assert.InRange(diagnostic.Location.Start, 0, text.Length);
    }

    [Fact]
    public void Random_token_soup_never_throws()
    {
        var words = new[] { "CREATE", "TABLE", "INDEX", "ON", "(", ")", ",", ";", "t", "\"q\"", "'s'", "1", "::", "NOT", "NULL",
            "DEFAULT", "CHECK", "REFERENCES", "ALTER", "ADD", "COLUMN", "DROP", "$$x$$", "PRIMARY", "KEY", "[", "]", "." };
        var random = new Random(20261124);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 30)).Select(_ => words[random.Next(words.Length)]));
            var document = SchemaDocument.Parse("soup.sql", text);
            Assert.DoesNotContain(document.Diagnostics, d => d.Id == "SG0099");
        }
    }
}
