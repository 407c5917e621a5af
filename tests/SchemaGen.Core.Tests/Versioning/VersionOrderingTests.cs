using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Versioning;

namespace SchemaGen.Core.Tests.Versioning;

public class VersionOrderingTests
{
    [Theory]
    [InlineData("001_init.sql", 1)]
    [InlineData("schema_v2.sql", 2)]
    [InlineData("v10.sql", 10)]
    [InlineData("Schema/2024_01_schema_v7.sql", 7)]
    [InlineData(@"C:\repo\Schema\schema_v12.sql", 12)]
    [InlineData("/repo/v3.d/schema.v4.sql", 4)]
    [InlineData("000000000000000000000000042_big.sql", 42)]
    public void Number_is_the_last_run_of_digits_in_the_file_name(string path, long expected)
    {
        Assert.Equal(expected, VersionOrdering.GetNumber(path));
    }

    [Theory]
    [InlineData("schema.sql")]
    [InlineData("/repo/v3/schema.sql")]
    [InlineData("init.v2")]
    [InlineData("schema_v١.sql")]
    public void Names_without_ascii_digits_have_no_number(string path)
    {
        Assert.Null(VersionOrdering.GetNumber(path));
    }

    [Fact]
    public void Versions_are_ordered_numerically_not_alphabetically()
    {
        var order = VersionOrdering.Order(new[] { "s/v10.sql", "s/v2.sql", "s/v1.sql" });

        Assert.Empty(order.Diagnostics);
        Assert.Equal(new[] { "s/v1.sql", "s/v2.sql", "s/v10.sql" }, order.Versions.Select(v => v.Path));
        Assert.Equal(new long[] { 1, 2, 10 }, order.Versions.Select(v => v.Number));
    }

    [Theory]
    [InlineData("schema_v2.sql", "002_schema_v2")]
    [InlineData("001_init.sql", "001_init")]
    [InlineData("1_init.sql", "001_init")]
    [InlineData("0001-init.sql", "001_init")]
    [InlineData("v10.sql", "010_v10")]
    [InlineData("1234_big.sql", "1234_big")]
    [InlineData("007.sql", "007")]
    public void Id_pads_the_number_and_keeps_the_name(string path, string expected)
    {
        var version = Assert.Single(VersionOrdering.Order(new[] { path }).Versions);

        Assert.Equal(expected, version.Id);
    }

    [Fact]
    public void File_without_number_is_left_out_and_reported_at_its_start()
    {
        var order = VersionOrdering.Order(new[] { "db/001_init.sql", "db/seed.sql" });

        Assert.Equal("db/001_init.sql", Assert.Single(order.Versions).Path);
        var diagnostic = Assert.Single(order.Diagnostics);
        Assert.Same(DiagnosticRules.VersionOrdering, diagnostic.Rule);
        Assert.Equal("db/seed.sql", diagnostic.Location.Path);
        Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("'seed.sql' has no version number", diagnostic.Message);
        Assert.False(order.HasDuplicates);
    }

    [Fact]
    public void Files_sharing_a_number_are_all_reported_and_left_out()
    {
        var order = VersionOrdering.Order(new[] { "a/001_init.sql", "a/v1.sql", "a/v2.sql" });

        Assert.True(order.HasDuplicates);
        Assert.Equal("a/v2.sql", Assert.Single(order.Versions).Path);
        Assert.Equal(new[] { "a/001_init.sql", "a/v1.sql" }, order.Diagnostics.Select(d => d.Location.Path));
        Assert.All(order.Diagnostics, d =>
        {
            Assert.Equal("SG0004", d.Id);
            Assert.Contains("Version 1 is used by more than one schema file (001_init.sql, v1.sql)", d.Message);
        });
    }

    [Fact]
    public void Sequence_stops_before_the_first_number_claimed_twice()
    {
        var order = VersionOrdering.Order(new[] { "v1.sql", "v2.sql", "v3.sql", "3_again.sql", "v4.sql" });

        Assert.Equal(3, order.FirstDuplicate);
        Assert.Equal(new[] { "v1.sql", "v2.sql", "v4.sql" }, order.Versions.Select(v => v.Path));
        Assert.Equal(new[] { "v1.sql", "v2.sql" }, order.Sequence.Select(v => v.Path));
    }

    [Fact]
    public void Sequence_is_all_versions_without_duplicates()
    {
        var order = VersionOrdering.Order(new[] { "v1.sql", "v2.sql" });

        Assert.Null(order.FirstDuplicate);
        Assert.Equal(order.Versions, order.Sequence);
    }

    [Fact]
    public void Number_too_large_for_a_long_is_reported()
    {
        var order = VersionOrdering.Order(new[] { "v1234567890123456789012.sql" });

        Assert.Empty(order.Versions);
        Assert.Contains("too large", Assert.Single(order.Diagnostics).Message);
    }

    [Fact]
    public void Same_path_given_twice_counts_once()
    {
        var order = VersionOrdering.Order(new[] { "v1.sql", "v1.sql" });

        Assert.Single(order.Versions);
        Assert.Empty(order.Diagnostics);
    }

    [Fact]
    public void Order_does_not_depend_on_input_order()
    {
        var paths = new[] { "x/v3.sql", "x/none.sql", "x/v1.sql", "x/1_dup.sql", "x/v2.sql" };

        var forward = VersionOrdering.Order(paths);
        var backward = VersionOrdering.Order(paths.Reverse());

        Assert.Equal(forward.Versions, backward.Versions);
        Assert.Equal(forward.Diagnostics.Select(d => d.ToString()), backward.Diagnostics.Select(d => d.ToString()));
    }
}
