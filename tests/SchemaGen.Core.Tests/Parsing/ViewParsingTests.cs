using SchemaGen.Core.Parsing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Tests.Parsing;

public class ViewParsingTests
{
    private static T Single<T>(string sql)
    {
        var result = Parser.Parse("schema.sql", sql);
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<T>(Assert.Single(result.Statements));
    }

    [Fact]
    public void Check_option_tail_is_not_part_of_the_query()
    {
        var view = Single<CreateViewSyntax>("CREATE OR REPLACE VIEW v (a) WITH (security_barrier) AS SELECT x FROM t WITH LOCAL CHECK OPTION;");
        Assert.True(view.OrReplace);
        Assert.Equal(new[] { "a" }, view.Columns);
        Assert.Equal(new[] { "security_barrier" }, view.WithOptions);
        Assert.Equal("local", view.CheckOption);
        Assert.Equal(new[] { "SELECT", "x", "FROM", "t" }.Length, view.Query.EndToken - view.Query.FirstToken);
    }

    [Fact]
    public void A_query_starting_with_a_cte_keeps_its_with()
    {
        var view = Single<CreateViewSyntax>("CREATE VIEW v AS WITH data AS (SELECT 1 AS a) SELECT a FROM data;");
        Assert.Null(view.CheckOption);
        Assert.Equal(0, view.Query.FirstToken - 4);
    }

    [Fact]
    public void Materialized_view_keeps_with_no_data()
    {
        var view = Single<CreateViewSyntax>("CREATE MATERIALIZED VIEW IF NOT EXISTS m AS SELECT 1 AS a WITH NO DATA;");
        Assert.True(view.Materialized);
        Assert.True(view.IfNotExists);
        Assert.True(view.WithNoData);
    }

    [Fact]
    public void Drop_and_alter_views_parse()
    {
        Assert.Equal(ObjectKind.MaterializedView, Single<DropSyntax>("DROP MATERIALIZED VIEW IF EXISTS m;").Kind);
        Assert.Equal(ObjectKind.View, Single<DropSyntax>("DROP VIEW v CASCADE;").Kind);
        Assert.Equal(AlterViewAction.RenameTo, Single<AlterViewSyntax>("ALTER VIEW v RENAME TO w;").Action);
        Assert.Equal(AlterViewAction.ResetOptions, Single<AlterViewSyntax>("ALTER MATERIALIZED VIEW m RESET (fillfactor);").Action);
    }

    [Fact]
    public void Or_replace_materialized_view_is_an_error_at_the_view_name()
    {
        var result = Parser.Parse("schema.sql", "CREATE OR REPLACE MATERIALIZED VIEW m AS SELECT 1;");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("materialized views cannot be created with OR REPLACE", diagnostic.Message);
        Assert.Equal(1, diagnostic.Location.Line);
        Assert.Equal(37, diagnostic.Location.Column);
    }

    [Fact]
    public void Recursive_view_needs_a_column_list()
    {
        var result = Parser.Parse("schema.sql", "CREATE RECURSIVE VIEW r AS SELECT 1;");
        Assert.Equal("a RECURSIVE view needs a column list", Assert.Single(result.Diagnostics).Message);
    }
}
