using SchemaGen.Core.Model;

namespace SchemaGen.Core.Tests.Binding;

public class ViewBindingTests
{
    private const string Tables = "CREATE TABLE t (id int, name text, price int);\n";

    [Fact]
    public void Dependencies_are_the_relations_and_columns_the_query_names()
    {
        var doc = SchemaDocument.Parse("s.sql", Tables + "CREATE VIEW v AS SELECT id, upper(name) AS n FROM t;\nCREATE VIEW w AS SELECT n FROM v;");
        Assert.Empty(doc.Diagnostics);
        var v = doc.Catalog.Views.Find(new QualifiedName("public", "v"))!;
        Assert.Equal(new[] { new QualifiedName("public", "t") }, v.Relations);
        Assert.Equal(new[] { "id", "name" }, v.Columns.Select(c => c.Column).OrderBy(c => c));
        Assert.Equal(new[] { "id", "upper ( name ) \"as\" n" }, v.SelectItems);
        Assert.Equal(new[] { new QualifiedName("public", "v") }, doc.Catalog.Views.Find(new QualifiedName("public", "w"))!.Relations);
    }

    [Fact]
    public void Select_star_reads_every_column_and_has_no_known_select_list()
    {
        var doc = SchemaDocument.Parse("s.sql", Tables + "CREATE VIEW v AS SELECT * FROM t;");
        var v = doc.Catalog.Views.Find(new QualifiedName("public", "v"))!;
        Assert.Null(v.SelectItems);
        Assert.Equal(3, v.Columns.Count);
    }

    [Fact]
    public void Check_option_is_stored_as_an_option()
    {
        var doc = SchemaDocument.Parse("s.sql", Tables + "CREATE VIEW v WITH (security_barrier) AS SELECT id FROM t WITH CHECK OPTION;");
        Assert.Equal(new[] { "check_option=cascaded", "security_barrier=true" }, doc.Catalog.Views.Values.Single().Options);
    }

    [Fact]
    public void Index_on_a_materialized_view_binds_but_not_on_a_view()
    {
        var ok = SchemaDocument.Parse("s.sql", Tables + "CREATE MATERIALIZED VIEW m AS SELECT id FROM t;\nCREATE INDEX ON m (id);");
        Assert.Empty(ok.Diagnostics);
        Assert.Equal(new QualifiedName("public", "m_id_idx"), ok.Catalog.Indexes.Keys.Single());

        var bad = SchemaDocument.Parse("s.sql", Tables + "CREATE VIEW v AS SELECT id FROM t;\nCREATE INDEX ON v (id);");
        var diagnostic = Assert.Single(bad.Diagnostics);
        Assert.Equal("cannot create index on relation \"v\"", diagnostic.Message);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Equal(17, diagnostic.Location.Column);
    }

    [Fact]
    public void Dropping_a_view_others_read_needs_cascade()
    {
        var doc = SchemaDocument.Parse("s.sql", Tables + "CREATE VIEW v AS SELECT id FROM t;\nCREATE VIEW w AS SELECT id FROM v;\nDROP VIEW v;");
        var diagnostic = Assert.Single(doc.Diagnostics);
        Assert.Equal("cannot drop view v because other objects depend on it", diagnostic.Message);
        Assert.Equal(4, diagnostic.Location.Line);

        var cascade = SchemaDocument.Parse("s.sql", Tables + "CREATE VIEW v AS SELECT id FROM t;\nCREATE VIEW w AS SELECT id FROM v;\nDROP VIEW v CASCADE;");
        Assert.Empty(cascade.Diagnostics);
        Assert.Empty(cascade.Catalog.Views.Keys);
    }

    [Fact]
    public void Dropping_a_table_a_view_reads_needs_cascade()
    {
        var doc = SchemaDocument.Parse("s.sql", Tables + "CREATE VIEW v AS SELECT id FROM t;\nDROP TABLE t;");
        var diagnostic = Assert.Single(doc.Diagnostics);
        Assert.Equal("cannot drop table t because other objects depend on it", diagnostic.Message);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Equal(12, diagnostic.Location.Column);
    }

    [Fact]
    public void Comments_on_views_and_their_columns_bind()
    {
        var doc = SchemaDocument.Parse("s.sql", Tables + "CREATE VIEW v AS SELECT id FROM t;\nCOMMENT ON VIEW v IS 'x';\nCOMMENT ON COLUMN v.id IS 'y';");
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(2, doc.Catalog.Comments.Count);
    }
}
