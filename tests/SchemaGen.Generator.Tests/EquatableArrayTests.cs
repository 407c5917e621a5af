using System.Collections.Immutable;
using SchemaGen.Generator.Models;

namespace SchemaGen.Generator.Tests;

public class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_elements_are_equal_and_hash_alike()
    {
        var left = new EquatableArray<string>(new[] { "a", "b" });
        var right = new EquatableArray<string>(new List<string> { "a", "b" });

        Assert.True(left.Equals(right));
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.True(left.Equals((object)right));
    }

    [Theory]
    [InlineData(new[] { "a" }, new[] { "b" })]
    [InlineData(new[] { "a" }, new[] { "a", "b" })]
    [InlineData(new[] { "a", "b" }, new[] { "b", "a" })]
    [InlineData(new string[0], new[] { "a" })]
    public void Arrays_that_differ_are_not_equal(string[] left, string[] right)
    {
        Assert.NotEqual(new EquatableArray<string>(left), new EquatableArray<string>(right));
        Assert.True(new EquatableArray<string>(left) != new EquatableArray<string>(right));
    }

    [Fact]
    public void Default_equals_empty()
    {
        EquatableArray<string> none = default;

        Assert.Equal(EquatableArray<string>.Empty, none);
        Assert.True(none.Count == 0);
        Assert.Empty(none);
        Assert.Equal(EquatableArray<string>.Empty.GetHashCode(), none.GetHashCode());
    }

    [Fact]
    public void Unlike_ImmutableArray_it_compares_by_content()
    {
        var first = ImmutableArray.Create("x", "y");
        var second = ImmutableArray.Create("x", "y");

        Assert.False(first.Equals(second));
        Assert.Equal(first.ToEquatableArray(), second.ToEquatableArray());
    }

    [Fact]
    public void Records_holding_arrays_compare_by_content()
    {
        var left = new RegistryModel(new[] { "A", "B" }.ToEquatableArray(), null);
        var right = new RegistryModel(new[] { "A", "B" }.ToEquatableArray(), null);

        Assert.Equal(left, right);
        Assert.NotEqual(left, right with { StoppedAt = "003" });
    }

    [Fact]
    public void Indexer_and_enumeration_follow_the_source_order()
    {
        var array = new EquatableArray<int>(new[] { 3, 1, 2 });

        Assert.Equal(3, array.Count);
        Assert.Equal(1, array[1]);
        Assert.Equal(new[] { 3, 1, 2 }, array);
    }
}
