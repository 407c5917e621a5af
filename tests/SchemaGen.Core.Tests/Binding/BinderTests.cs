using SchemaGen.Core.Model;

namespace SchemaGen.Core.Tests.Binding;

public class BinderTests
{
    private static Catalog Bind(string text)
    {
        var document = SchemaDocument.Parse("schema.sql", text);
        Assert.Empty(document.Diagnostics);
        return document.Catalog;
    }

    private static Table Table(Catalog catalog, string name) => catalog.Tables.Find(new QualifiedName("public", name))!;

    [Theory]
    [InlineData("int4", "integer")]
    [InlineData("INT", "integer")]
    [InlineData("int8", "bigint")]
    [InlineData("smallint", "smallint")]
    [InlineData("varchar(10)", "character varying(10)")]
    [InlineData("character varying", "character varying")]
    [InlineData("char", "character(1)")]
    [InlineData("char(3)", "character(3)")]
    [InlineData("\"char\"", "\"char\"")]
    [InlineData("decimal(10, 2)", "numeric(10,2)")]
    [InlineData("float", "double precision")]
    [InlineData("float(10)", "real")]
    [InlineData("float(40)", "double precision")]
    [InlineData("float8", "double precision")]
    [InlineData("bool", "boolean")]
    [InlineData("timestamptz", "timestamp with time zone")]
    [InlineData("timestamp", "timestamp without time zone")]
    [InlineData("timestamp(3) with time zone", "timestamp(3) with time zone")]
    [InlineData("time", "time without time zone")]
    [InlineData("timetz", "time with time zone")]
    [InlineData("text[]", "text[]")]
    [InlineData("integer[][]", "integer[]")]
    [InlineData("int ARRAY", "integer[]")]
    [InlineData("bit", "bit(1)")]
    [InlineData("varbit(4)", "bit varying(4)")]
    [InlineData("pg_catalog.int4", "integer")]
    [InlineData("serial", "integer")]
    [InlineData("bigserial", "bigint")]
    public void Types_get_PostgreSQL_spelling(string written, string canonical)
    {
        var catalog = Bind($"CREATE TABLE t (c {written});");
        Assert.Equal(canonical, Table(catalog, "t").Columns[0].Type.Sql);
    }

    [Fact]
    public void Serial_expands_to_an_owned_sequence_default_and_not_null()
    {
        var catalog = Bind("CREATE TABLE users (id SERIAL PRIMARY KEY);");

        var column = Table(catalog, "users").Columns[0];
        Assert.True(column.NotNull);
        Assert.Equal("nextval ( 'public.users_id_seq' :: regclass )", column.Default!.Normalized);
        var sequence = catalog.Sequences.Find(new QualifiedName("public", "users_id_seq"))!;
        Assert.Equal("integer", sequence.Options.Type);
        Assert.Equal(int.MaxValue, sequence.Options.MaxValue);
        Assert.Equal((new QualifiedName("public", "users"), "id"), sequence.OwnedBy);
    }

    [Fact]
    public void Unnamed_constraints_get_PostgreSQLs_names()
    {
        var catalog = Bind(
            "CREATE TABLE parents (id int PRIMARY KEY);\n" +
            "CREATE TABLE kids (id int PRIMARY KEY, email text UNIQUE, a int, b int, parent_id int REFERENCES parents,\n" +
            "  CHECK (a > 0), CHECK (a < b), UNIQUE (a, b), CHECK (a <> 7));");

        Assert.Equal(new[] { "kids_a_check", "kids_check", "kids_a_check1", "kids_pkey", "kids_email_key", "kids_a_b_key", "kids_parent_id_fkey" },
            Table(catalog, "kids").Constraints.Select(c => c.Name));
        Assert.Equal(new[] { "id" }, Table(catalog, "kids").Constraints.Single(c => c.Name == "kids_parent_id_fkey").ReferencedColumns);
    }

    [Fact]
    public void Generated_names_are_truncated_to_63_bytes_like_PostgreSQL()
    {
        var table = new string('t', 40);
        var column = new string('c', 40);
        var catalog = Bind($"CREATE TABLE {table} ({column} int UNIQUE);");

        // makeObjectName shortens the longer part first so that the whole fits 63 bytes.
        var name = Table(catalog, table).Constraints.Single().Name;
        Assert.Equal(new string('t', 29) + "_" + new string('c', 29) + "_key", name);
        Assert.Equal(63, name.Length);
    }

    [Fact]
    public void Unnamed_indexes_are_named_after_columns_or_the_function()
    {
        var catalog = Bind("CREATE TABLE users (email text, name text);\nCREATE INDEX ON users (email, name);\nCREATE INDEX ON users (lower(email));\nCREATE INDEX ON users ((email || name));\nCREATE INDEX ON users (email);");

        Assert.Equal(new[] { "users_email_name_idx", "users_lower_idx", "users_expr_idx", "users_email_idx" },
            catalog.Indexes.Keys.Select(k => k.Name));
    }

    [Fact]
    public void Identifiers_fold_and_quoted_ones_keep_their_case()
    {
        var catalog = Bind("CREATE TABLE Users (\"Email\" text, NAME text);");

        Assert.Equal(new[] { "Email", "name" }, Table(catalog, "users").Columns.Select(c => c.Name));
    }

    [Fact]
    public void Binding_errors_are_located_with_PostgreSQLs_wording()
    {
        var document = SchemaDocument.Parse("schema.sql", "CREATE TABLE t (id int);\nCREATE INDEX i ON t (missing);\nCREATE TABLE t2 (t_id int REFERENCES missing (id));");

        Assert.Collection(document.Diagnostics,
            d => Assert.Equal("schema.sql:2:22: error SG0003: column \"missing\" does not exist", d.ToString()),
            d => Assert.Equal("schema.sql:3:38: error SG0003: relation \"missing\" does not exist", d.ToString()));
    }

    [Fact]
    public void Alter_table_statements_apply_in_order()
    {
        var catalog = Bind("CREATE TABLE t (a int, b int);\nALTER TABLE t ADD COLUMN c text NOT NULL DEFAULT 'x', DROP COLUMN b;\nALTER TABLE t ADD PRIMARY KEY (a);\nALTER TABLE t ALTER COLUMN c DROP DEFAULT;");

        var table = Table(catalog, "t");
        Assert.Equal(new[] { "a", "c" }, table.Columns.Select(c => c.Name));
        Assert.Null(table.Columns[1].Default);
        Assert.Equal("t_pkey", table.Constraints.Single().Name);
        Assert.True(table.Columns[0].NotNull);
    }
}
