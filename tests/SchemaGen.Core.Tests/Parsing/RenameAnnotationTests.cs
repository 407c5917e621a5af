using SchemaGen.Core.Parsing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Tests.Parsing;

public class RenameAnnotationTests
{
    private static string? RenamedFrom(string columns, int index)
    {
        var result = Parser.Parse("schema.sql", $"CREATE TABLE t (\n{columns}\n);");
        Assert.Empty(result.Diagnostics);
        return ((CreateTableSyntax)result.Statements.Single()).Columns[index].RenamedFrom;
    }

    [Theory]
    [InlineData("  user_name text, -- @renamed from=username\n  age int", 0, "username")]
    [InlineData("  user_name text -- @renamed from=UserName", 0, "username")]
    [InlineData("  foobar text, -- @renamed from=\"foo bar\"\n  x int", 0, "foo bar")]
    [InlineData("  c text /* @renamed from=\"Old\"\"Name\" */, d int", 0, "Old\"Name")]
    [InlineData("  a int, -- @renamed from=old_a\n  b int", 1, null)]
    [InlineData("  a int, -- renamed from=old_a (no at sign)\n  b int", 0, null)]
    [InlineData("  a text DEFAULT '-- @renamed from=x', b int", 0, null)]
    [InlineData("  \"-- @renamed from=x\" int", 0, null)]
    public void Reads_the_annotation_on_the_columns_line(string columns, int index, string? expected)
    {
        Assert.Equal(expected, RenamedFrom(columns, index));
    }
}
