using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Model;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Tests.Binding;

/// <summary>A schema file is declarative: what it references may be defined further down.</summary>
public class DeclarativeOrderTests
{
    private static Table Table(Catalog catalog, string schema, string name) => catalog.Tables.Find(new QualifiedName(schema, name))!;

    [Fact]
    public void A_foreign_key_binds_to_a_table_defined_further_down()
    {
        var document = SchemaDocument.Parse("schema.sql",
            "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users, CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES \"users\" (id));\n" +
            "CREATE TABLE users (id int PRIMARY KEY);");

        Assert.Empty(document.Diagnostics);
        var foreignKeys = Table(document.Catalog, "public", "orders").Constraints.Where(c => c.Kind == ConstraintKind.ForeignKey).ToList();
        Assert.Equal(new[] { "orders_user_id_fkey", "fk_user" }, foreignKeys.Select(c => c.Name));
        Assert.All(foreignKeys, c => Assert.Equal(new[] { "id" }, c.ReferencedColumns));
    }

    [Fact]
    public void A_deferred_foreign_key_can_be_commented_on_once_its_table_exists()
    {
        var document = SchemaDocument.Parse("schema.sql",
            "ALTER TABLE IF EXISTS nothing ADD COLUMN x int;\n" +
            "CREATE TABLE a (id int PRIMARY KEY, b_id int, CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b (id));\n" +
            "CREATE TABLE b (id int PRIMARY KEY, a_id int, CONSTRAINT b_a FOREIGN KEY (a_id) REFERENCES a (id));\n" +
            "COMMENT ON CONSTRAINT a_b ON a IS 'cycle';");

        Assert.Empty(document.Diagnostics);
        Assert.NotNull(Table(document.Catalog, "public", "a").FindConstraint("a_b"));
        Assert.NotNull(Table(document.Catalog, "public", "b").FindConstraint("b_a"));
    }

    [Fact]
    public void A_quoted_reference_keeps_its_case_and_a_missing_table_stays_an_error()
    {
        var document = SchemaDocument.Parse("schema.sql",
            "CREATE TABLE orders (user_id int REFERENCES \"Users\" (id));\nCREATE TABLE users (id int PRIMARY KEY);");

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("schema.sql:1:45: error SG0003: relation \"Users\" does not exist", diagnostic.ToString());
    }

    [Fact]
    public void Comments_and_indexes_wait_for_the_table_they_name()
    {
        var document = SchemaDocument.Parse("schema.sql",
            "COMMENT ON TABLE later IS 'defined below';\nCREATE INDEX ON later (a);\nCOMMENT ON INDEX later_a_idx IS 'named by PostgreSQL';\nCREATE TABLE later (a int);");

        Assert.Empty(document.Diagnostics);
        Assert.Equal("later_a_idx", Assert.Single(document.Catalog.Indexes.Keys).Name);
        Assert.Equal(2, document.Catalog.Comments.Keys.Count());
    }

    [Fact]
    public void What_is_never_defined_is_reported_in_file_order()
    {
        var document = SchemaDocument.Parse("schema.sql",
            "COMMENT ON TABLE nope IS 'x';\nCREATE TABLE t (a int REFERENCES gone);\nCREATE INDEX ON t (missing);");

        Assert.Collection(document.Diagnostics,
            d => Assert.Equal("schema.sql:1:18: error SG0003: relation \"nope\" does not exist", d.ToString()),
            d => Assert.Equal("schema.sql:2:34: error SG0003: relation \"gone\" does not exist", d.ToString()),
            d => Assert.Equal("schema.sql:3:20: error SG0003: column \"missing\" does not exist", d.ToString()));
    }

    [Fact]
    public void A_schema_created_further_down_is_declared()
    {
        var document = SchemaDocument.Parse("schema.sql", "CREATE TABLE foo.test (id int);\nCREATE SCHEMA foo;\nCREATE SCHEMA IF NOT EXISTS bar;");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(new[] { "foo", "bar" }, document.Catalog.Schemas.Keys.OrderBy(k => k == "bar"));
        Assert.Empty(document.Catalog.AssumedSchemas);
        Assert.NotNull(Table(document.Catalog, "foo", "test"));
    }

    [Fact]
    public void A_schema_never_created_is_assumed_to_exist_with_one_warning()
    {
        var document = SchemaDocument.Parse("schema.sql", "CREATE TABLE foo.a (id int);\nCREATE TABLE foo.b (id int);");

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("schema.sql:1:14: warning SG0010: schema \"foo\" is not declared in this file; it is assumed to exist", diagnostic.ToString());
        Assert.False(document.HasErrors);
        Assert.Equal(new[] { "foo" }, document.Catalog.AssumedSchemas);
        Assert.Empty(document.Catalog.Schemas);
    }

    [Fact]
    public void An_assumed_schema_is_never_created_or_dropped()
    {
        var declared = SchemaDocument.Parse("v1.sql", "CREATE SCHEMA foo;\nCREATE TABLE foo.a (id int);");
        var assumed = SchemaDocument.Parse("v2.sql", "CREATE TABLE foo.a (id int);\nCREATE TABLE foo.b (id int);");

        var migration = MigrationGenerator.Generate(declared, assumed, MigrationOptions.Default with { Idempotent = false });

        Assert.Equal(new[] { "CREATE TABLE foo.b (\n    id integer\n);" }, migration.UpStatements);
        Assert.Equal(new[] { "DROP TABLE foo.b;" }, migration.DownStatements);
    }
}
