using SchemaGen.Core.Model;

namespace SchemaGen.Core.Tests.Binding;

/// <summary><c>CREATE TABLE ... INHERITS</c> and what follows a parent's changes, as PostgreSQL 15 builds it.</summary>
public class InheritanceBindingTests
{
    private static Catalog Bind(string text)
    {
        var document = SchemaDocument.Parse("schema.sql", text);
        Assert.Empty(document.Diagnostics);
        return document.Catalog;
    }

    private static Table Table(Catalog catalog, string name) => catalog.Tables.Find(new QualifiedName("public", name))!;

    private const string Parent =
        "CREATE TABLE p (id int NOT NULL DEFAULT 1, c text, CONSTRAINT ck CHECK (id > 0), CONSTRAINT ni CHECK (id < 100) NO INHERIT, UNIQUE (id));\n";

    [Fact]
    public void A_child_takes_the_parents_columns_first_and_merges_its_own()
    {
        var child = Table(Bind(Parent + "CREATE TABLE ch (x int, c text NOT NULL) INHERITS (p);"), "ch");

        Assert.Equal(new[] { "id", "c", "x" }, child.Columns.Select(c => c.Name));
        Assert.Equal(new QualifiedName("public", "p"), Assert.Single(child.Inherits));
        var id = child.Columns[0];
        Assert.True(id is { Inherited: true, Local: false, NotNull: true });
        Assert.Equal("1", id.Default!.Normalized);
        var c = child.Columns[1];
        Assert.True(c is { Inherited: true, Local: true, NotNull: true });
        Assert.False(child.Columns[2].Inherited);
    }

    [Fact]
    public void Only_inheritable_checks_reach_the_child_under_their_own_name()
    {
        var child = Table(Bind(Parent + "CREATE TABLE ch () INHERITS (p);"), "ch");

        var check = Assert.Single(child.Constraints);
        Assert.Equal("ck", check.Name);
        Assert.True(check.Inherited);
    }

    [Fact]
    public void Columns_and_checks_added_to_or_dropped_from_the_parent_reach_the_children()
    {
        var catalog = Bind(Parent + "CREATE TABLE ch (c text, own int) INHERITS (p);\n"
            + "ALTER TABLE p ADD COLUMN added int, ADD CONSTRAINT later CHECK (id < 50);\n"
            + "ALTER TABLE p DROP COLUMN c;\nALTER TABLE p DROP CONSTRAINT ck;");

        var child = Table(catalog, "ch");
        Assert.Equal(new[] { "id", "c", "own", "added" }, child.Columns.Select(c => c.Name));
        // The child declared c itself: it keeps it as its own when the parent drops it.
        Assert.False(child.FindColumn("c")!.Inherited);
        Assert.True(child.FindColumn("added")!.Inherited);
        Assert.Equal("later", Assert.Single(child.Constraints).Name);
    }

    [Theory]
    [InlineData(Parent + "CREATE TABLE ch () INHERITS (p);\nDROP TABLE p;",
        "schema.sql:3:12: error SG0003: cannot drop table p because other objects depend on it (table ch inherits from it)")]
    [InlineData(Parent + "CREATE TABLE ch (c int) INHERITS (p);",
        "schema.sql:2:18: error SG0003: column \"c\" has a type conflict: text versus integer")]
    [InlineData(Parent + "CREATE TABLE q (c text);\nCREATE TABLE ch () INHERITS (p, q);",
        "schema.sql:3:33: error SG0003: table inheritance with a column (\"c\") from more than one parent is not supported yet")]
    [InlineData(Parent + "CREATE TABLE ch () INHERITS (p);\nALTER TABLE ch DROP COLUMN c;",
        "schema.sql:3:16: error SG0003: cannot drop inherited column \"c\"")]
    [InlineData(Parent + "CREATE TABLE ch () INHERITS (p);\nALTER TABLE ch DROP CONSTRAINT ck;",
        "schema.sql:3:16: error SG0003: cannot drop inherited constraint \"ck\" of relation \"ch\"")]
    [InlineData("CREATE TABLE p (a int) PARTITION BY LIST (a);\nCREATE TABLE ch () INHERITS (p);",
        "schema.sql:2:30: error SG0003: cannot inherit from partitioned table \"p\"")]
    public void Inheritance_PostgreSQL_refuses_or_SchemaGen_does_not_model_is_a_located_error(string text, string expected)
    {
        var document = SchemaDocument.Parse("schema.sql", text);

        Assert.Equal(expected, Assert.Single(document.Diagnostics).ToString());
    }

    [Fact]
    public void A_child_written_before_its_parent_is_an_error_as_for_partitions()
    {
        var document = SchemaDocument.Parse("schema.sql", "CREATE TABLE ch (x int) INHERITS (p);\n" + Parent);

        Assert.Equal("schema.sql:1:35: error SG0003: relation \"p\" does not exist", Assert.Single(document.Diagnostics).ToString());
    }

    [Fact]
    public void A_parents_new_check_clashing_with_a_childs_own_is_an_error()
    {
        var document = SchemaDocument.Parse("schema.sql",
            "CREATE TABLE p (id int);\nCREATE TABLE ch (id int, CONSTRAINT dup CHECK (id < 9)) INHERITS (p);\nALTER TABLE p ADD CONSTRAINT dup CHECK (id > 0);");

        Assert.Equal("schema.sql:3:19: error SG0003: constraint \"dup\" for relation \"ch\" already exists", Assert.Single(document.Diagnostics).ToString());
    }

    [Fact]
    public void Inherit_and_no_inherit_change_the_link_and_keep_the_columns()
    {
        var catalog = Bind(Parent + "CREATE TABLE a (id int NOT NULL, c text, x int, CONSTRAINT ck CHECK (id > 0));\nALTER TABLE a INHERIT p;\n"
            + "CREATE TABLE b () INHERITS (p);\nALTER TABLE b NO INHERIT p;");

        var a = Table(catalog, "a");
        Assert.Single(a.Inherits);
        Assert.True(a.FindColumn("c") is { Inherited: true, Local: true });
        var b = Table(catalog, "b");
        Assert.Empty(b.Inherits);
        Assert.All(b.Columns, c => Assert.False(c.Inherited));
        Assert.False(b.FindConstraint("ck")!.Inherited);
    }

    [Theory]
    [InlineData("CREATE TABLE a (id int, c text, CONSTRAINT ck CHECK (id > 0));\nALTER TABLE a INHERIT p;",
        "schema.sql:3:23: error SG0003: column \"id\" in child table must be marked NOT NULL")]
    [InlineData("CREATE TABLE a (id int NOT NULL, CONSTRAINT ck CHECK (id > 0));\nALTER TABLE a INHERIT p;",
        "schema.sql:3:23: error SG0003: child table is missing column \"c\"")]
    [InlineData("CREATE TABLE a (id int NOT NULL, c text);\nALTER TABLE a INHERIT p;",
        "schema.sql:3:23: error SG0003: child table is missing constraint \"ck\"")]
    [InlineData("CREATE TABLE a (id int);\nALTER TABLE a NO INHERIT p;",
        "schema.sql:3:26: error SG0003: relation \"p\" is not a parent of relation \"a\"")]
    public void Inherit_checks_what_PostgreSQL_checks(string statements, string expected)
    {
        var document = SchemaDocument.Parse("schema.sql", Parent + statements);

        Assert.Equal(expected, Assert.Single(document.Diagnostics).ToString());
    }
}
