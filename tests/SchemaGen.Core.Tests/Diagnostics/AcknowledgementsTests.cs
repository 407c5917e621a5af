using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Core.Tests.Diagnostics;

public class AcknowledgementsTests
{
    private static bool Allowed(string text, int line, string id) => Acknowledgements.IsAcknowledged(text, line, id);

    [Fact]
    public void Comment_directly_above_allows()
    {
        Assert.True(Allowed("-- schemagen:allow SG1001 retired\nCREATE TABLE t ();", 2, "SG1001"));
    }

    [Fact]
    public void Any_line_of_the_comment_block_above_allows()
    {
        Assert.True(Allowed("-- schemagen:allow SG1001 retired\n-- more words\n  -- and more\nCREATE TABLE t ();", 4, "SG1001"));
    }

    [Fact]
    public void Trailing_comment_on_the_line_allows()
    {
        Assert.True(Allowed("CREATE TABLE t (\n  c int -- schemagen:allow SG1002 unused\n);", 2, "SG1002"));
    }

    [Theory]
    [InlineData("-- schemagen:allow SG1001, SG1002 both intended\nx", 2, "SG1002")]
    [InlineData("-- schemagen:allow SG1001 SG1002\nx", 2, "SG1002")]
    [InlineData("--SCHEMAGEN:ALLOW sg1002 case does not matter\nx", 2, "SG1002")]
    public void Several_ids_and_any_case(string text, int line, string id)
    {
        Assert.True(Allowed(text, line, id));
    }

    [Theory]
    [InlineData("-- schemagen:allow SG1001 retired\n\nCREATE TABLE t ();", 3, "SG1001")]
    [InlineData("-- schemagen:allow SG1001 retired\nCREATE TABLE u ();\nCREATE TABLE t ();", 3, "SG1001")]
    [InlineData("-- schemagen:allow SG1002 other rule\nCREATE TABLE t ();", 2, "SG1001")]
    [InlineData("-- schemagen:allow SG1001 reason mentions SG1002\nx", 2, "SG1002")]
    [InlineData("CREATE TABLE t ();\n-- schemagen:allow SG1001 below does not count", 1, "SG1001")]
    [InlineData("-- schemagen:allowSG1001\nx", 2, "SG1001")]
    [InlineData("x", 0, "SG1001")]
    [InlineData("x", 5, "SG1001")]
    public void Does_not_allow(string text, int line, string id)
    {
        Assert.False(Allowed(text, line, id));
    }
}
