using SchemaGen.Core.Model;

namespace SchemaGen.Core.Tests.Binding;

public class UserTypeBindingTests
{
    private static Catalog Bind(string sql)
    {
        var document = SchemaDocument.Parse("schema.sql", sql);
        Assert.Empty(document.Diagnostics);
        return document.Catalog;
    }

    private static SchemaGen.Core.Diagnostics.SchemaDiagnostic SingleError(string sql) =>
        Assert.Single(SchemaDocument.Parse("schema.sql", sql).Diagnostics);

    [Fact]
    public void Enum_labels_keep_their_order_and_add_value_lands_before_or_after_its_neighbour()
    {
        var catalog = Bind("""
            CREATE TYPE mood AS ENUM ('sad', 'happy');
            ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
            ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';
            ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad';
            ALTER TYPE mood ADD VALUE 'angry';
            """);
        var mood = Assert.IsType<EnumType>(catalog.Types.Find(new QualifiedName("public", "mood")));
        Assert.Equal(new[] { "sad", "ok", "happy", "ecstatic", "angry" }, mood.Labels);
    }

    [Fact]
    public void Domain_checks_get_generated_names_unique_in_the_schema()
    {
        var catalog = Bind("""
            CREATE TABLE t (id integer CONSTRAINT qty_check CHECK (id > 0));
            CREATE DOMAIN qty AS int4 NOT NULL DEFAULT 1 CHECK (VALUE > 0) CONSTRAINT below_max CHECK (VALUE < 10) CHECK (VALUE <> 5);
            ALTER DOMAIN qty ADD CHECK (VALUE <> 7);
            """);
        var qty = Assert.IsType<Domain>(catalog.Types.Find(new QualifiedName("public", "qty")));
        Assert.Equal("integer", qty.BaseType.Sql);
        Assert.True(qty.NotNull);
        Assert.Equal("1", qty.Default!.Normalized);
        Assert.Equal(new[] { "qty_check1", "below_max", "qty_check2", "qty_check3" }, qty.Constraints.Select(c => c.Name));
    }

    [Fact]
    public void Composite_attributes_are_canonical_and_renaming_a_type_retargets_its_columns()
    {
        var catalog = Bind("""
            CREATE SCHEMA app;
            CREATE TYPE app."State" AS ENUM ('on', 'off');
            CREATE TYPE app.pair AS (a int, b varchar(3), s app."State"[]);
            CREATE TABLE app.t (s app."State", ss app."State"[]);
            ALTER TYPE app."State" RENAME TO status;
            """);
        var pair = Assert.IsType<CompositeType>(catalog.Types.Find(new QualifiedName("app", "pair")));
        Assert.Equal(new[] { "integer", "character varying(3)", "app.status[]" }, pair.Attributes.Select(a => a.Type.Sql));
        var table = catalog.Tables.Find(new QualifiedName("app", "t"))!;
        Assert.Equal(new[] { "app.status", "app.status[]" }, table.Columns.Select(c => c.Type.Sql));
        Assert.Equal(new QualifiedName("app", "status"), table.Columns[0].Type.UserType);
    }

    [Fact]
    public void Adding_an_existing_enum_label_is_located()
    {
        var error = SingleError("CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'sad';");
        Assert.Equal("SG0003", error.Id);
        Assert.Equal("enum label \"sad\" already exists", error.Message);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(17, error.Location.Column);
    }

    [Fact]
    public void Unknown_neighbour_label_is_reported()
    {
        var error = SingleError("CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'ok' AFTER 'happy';");
        Assert.Equal("\"happy\" is not an existing enum label", error.Message);
    }

    [Fact]
    public void Dropping_a_type_in_use_needs_cascade()
    {
        var error = SingleError("CREATE TYPE mood AS ENUM ('sad');\nCREATE TABLE t (m mood);\nDROP TYPE mood;");
        Assert.Equal("cannot drop type mood because other objects depend on it", error.Message);
        Assert.Equal(3, error.Location.Line);
        var catalog = Bind("CREATE TYPE mood AS ENUM ('sad');\nCREATE TABLE t (id int, m mood);\nDROP TYPE mood CASCADE;");
        Assert.Equal(new[] { "id" }, catalog.Tables.Values.Single().Columns.Select(c => c.Name));
        Assert.Equal(0, catalog.Types.Count);
    }

    [Fact]
    public void Conflicting_domain_nullability_is_reported()
    {
        var error = SingleError("CREATE DOMAIN d AS text NOT NULL NULL;");
        Assert.Equal("conflicting NULL/NOT NULL constraints", error.Message);
        Assert.Equal(1, error.Location.Line);
        Assert.Equal(34, error.Location.Column);
    }

    [Fact]
    public void A_type_name_taken_by_a_table_is_reported()
    {
        var error = SingleError("CREATE TABLE t (id int);\nCREATE TYPE t AS (a int);");
        Assert.Equal("type \"t\" already exists", error.Message);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(13, error.Location.Column);
    }

    [Fact]
    public void Unsupported_type_forms_are_located()
    {
        var error = SingleError("CREATE TYPE r AS RANGE (subtype = int4);");
        Assert.Equal("SG0002", error.Id);
        Assert.Equal(1, error.Location.Column);
    }

    [Fact]
    public void Bad_enum_label_syntax_is_a_syntax_error()
    {
        var error = SingleError("CREATE TYPE mood AS ENUM (sad);");
        Assert.Equal("SG0001", error.Id);
        Assert.Equal("expected an enum label (a string literal) but found 'sad'", error.Message);
        Assert.Equal(27, error.Location.Column);
    }
}

public class DomainAlterationBindingTests
{
    [Fact]
    public void Alter_domain_forms_from_schema_files_apply_in_order()
    {
        var document = SchemaDocument.Parse("schema.sql", """
            CREATE DOMAIN d AS text DEFAULT 'a' CONSTRAINT c1 CHECK (VALUE <> '');
            ALTER DOMAIN d SET NOT NULL;
            ALTER DOMAIN d DROP DEFAULT;
            ALTER DOMAIN d ADD CONSTRAINT c2 CHECK (length(VALUE) < 10) NOT VALID;
            ALTER DOMAIN d RENAME CONSTRAINT c1 TO nonempty;
            ALTER DOMAIN d VALIDATE CONSTRAINT c2;
            ALTER DOMAIN d DROP CONSTRAINT IF EXISTS missing;
            ALTER DOMAIN d OWNER TO CURRENT_USER;
            COMMENT ON CONSTRAINT nonempty ON DOMAIN d IS 'not empty';
            COMMENT ON DOMAIN d IS 'a domain';
            """);
        Assert.Empty(document.Diagnostics);
        var domain = Assert.IsType<Model.Domain>(document.Catalog.Types.Values.Single());
        Assert.True(domain.NotNull);
        Assert.Null(domain.Default);
        Assert.Equal(new[] { ("nonempty", false), ("c2", false) }, domain.Constraints.Select(c => (c.Name, c.NotValid)));
        Assert.Equal(new[] { "not empty", "a domain" }, document.Catalog.Comments.Values);
    }

    [Fact]
    public void Altering_a_missing_domain_constraint_is_located()
    {
        var diagnostic = Assert.Single(SchemaDocument.Parse("schema.sql", "CREATE DOMAIN d AS int;\nALTER DOMAIN d DROP CONSTRAINT nope;").Diagnostics);
        Assert.Equal("constraint \"nope\" of domain \"d\" does not exist", diagnostic.Message);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal(16, diagnostic.Location.Column);
    }

    [Fact]
    public void Add_value_on_a_domain_is_rejected()
    {
        var diagnostic = Assert.Single(SchemaDocument.Parse("schema.sql", "CREATE DOMAIN d AS int;\nALTER TYPE d ADD VALUE 'x';").Diagnostics);
        Assert.Equal("\"d\" is not an enum", diagnostic.Message);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal(12, diagnostic.Location.Column);
    }
}

public class TypeNameCollisionTests
{
    [Fact]
    public void A_table_named_like_an_existing_type_is_reported()
    {
        var diagnostic = Assert.Single(SchemaDocument.Parse("schema.sql", "CREATE TYPE t AS ENUM ('a');\nCREATE TABLE t (id int);").Diagnostics);
        Assert.Equal("type \"t\" already exists", diagnostic.Message);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal(14, diagnostic.Location.Column);
    }
}
