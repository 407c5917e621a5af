using SchemaGen.Core.Parsing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Tests.Parsing;

public class ParserStatementTests
{
    private static T Parse<T>(string text) where T : StatementSyntax
    {
        var result = Parser.Parse("schema.sql", text);
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<T>(Assert.Single(result.Statements));
    }

    [Fact]
    public void Create_table_reads_columns_types_and_inline_constraints()
    {
        var table = Parse<CreateTableSyntax>(
            "CREATE TABLE IF NOT EXISTS app.\"Users\" (id SERIAL PRIMARY KEY, email VARCHAR(255) UNIQUE NOT NULL, " +
            "tags text[] DEFAULT '{}', score numeric(10, 2) CHECK (score >= 0), CONSTRAINT u UNIQUE (email, score))");

        Assert.Equal(new[] { "app", "Users" }, table.Name.Parts);
        Assert.True(table.IfNotExists);
        Assert.Equal(new[] { "id", "email", "tags", "score" }, table.Columns.Select(c => c.Name));
        Assert.Equal(new[] { "255" }, table.Columns[1].Type.Modifiers);
        Assert.Equal(1, table.Columns[2].Type.ArrayDimensions);
        Assert.Equal(new[] { ConstraintKind.Unique, ConstraintKind.NotNull }, table.Columns[1].Constraints.Select(c => c.Kind));
        Assert.Equal(new[] { "10", "2" }, table.Columns[3].Type.Modifiers);
        var unique = Assert.Single(table.Constraints);
        Assert.Equal("u", unique.Name);
        Assert.Equal(new[] { "email", "score" }, unique.Columns);
    }

    [Fact]
    public void A_default_ends_at_the_next_column_constraint_but_not_inside_case()
    {
        var table = Parse<CreateTableSyntax>(
            "CREATE TABLE t (a int DEFAULT CASE WHEN true IS NOT NULL THEN 1 END NOT NULL, b int DEFAULT 1 + 2 CHECK (b > 0))");

        Assert.Equal(new[] { ConstraintKind.Default, ConstraintKind.NotNull }, table.Columns[0].Constraints.Select(c => c.Kind));
        Assert.Equal(new[] { ConstraintKind.Default, ConstraintKind.Check }, table.Columns[1].Constraints.Select(c => c.Kind));
    }

    [Fact]
    public void Multi_word_types_and_time_zones_are_one_type()
    {
        var table = Parse<CreateTableSyntax>(
            "CREATE TABLE t (a double precision, b character varying(3), c timestamp(3) with time zone, d interval day to second, e bit varying(8))");

        Assert.Equal("double precision", table.Columns[0].Type.Name.Name);
        Assert.Equal("character varying", table.Columns[1].Type.Name.Name);
        Assert.Equal("with", table.Columns[2].Type.TimeZone);
        Assert.Equal("day to second", table.Columns[3].Type.IntervalFields);
        Assert.Equal("bit varying", table.Columns[4].Type.Name.Name);
    }

    [Fact]
    public void Foreign_keys_read_actions_match_and_deferrability()
    {
        var table = Parse<CreateTableSyntax>(
            "CREATE TABLE t (a int, FOREIGN KEY (a) REFERENCES p (id) MATCH FULL ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED)");

        var fk = Assert.Single(table.Constraints);
        Assert.Equal(ReferentialAction.SetNull, fk.OnDelete);
        Assert.Equal(ReferentialAction.Cascade, fk.OnUpdate);
        Assert.Equal("FULL", fk.Match);
        Assert.True(fk.Deferrable);
        Assert.True(fk.InitiallyDeferred);
    }

    [Fact]
    public void Create_index_reads_expressions_options_and_predicate()
    {
        var index = Parse<CreateIndexSyntax>(
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix ON t USING btree (lower(email), id DESC NULLS LAST) INCLUDE (x) WITH (fillfactor = 70) WHERE deleted_at IS NULL");

        Assert.True(index.Unique && index.Concurrently && index.IfNotExists);
        Assert.Equal("ix", index.Name);
        Assert.NotNull(index.Elements[0].Expression);
        Assert.Equal("id", index.Elements[1].Column);
        Assert.True(index.Elements[1].Descending);
        Assert.False(index.Elements[1].NullsFirst);
        Assert.Equal(new[] { "x" }, index.Include);
        Assert.Equal(new[] { "fillfactor=70" }, index.WithOptions);
        Assert.NotNull(index.Where);
    }

    [Fact]
    public void Alter_table_reads_several_actions()
    {
        var alter = Parse<AlterTableSyntax>(
            "ALTER TABLE ONLY t ADD COLUMN IF NOT EXISTS c int, DROP COLUMN d, ALTER COLUMN e SET DEFAULT now(), ALTER e TYPE bigint USING e::bigint, ADD CONSTRAINT k CHECK (c > 0) NOT VALID");

        Assert.Collection(alter.Actions,
            a => Assert.True(Assert.IsType<AddColumnSyntax>(a).IfNotExists),
            a => Assert.Equal("d", Assert.IsType<DropColumnSyntax>(a).Column),
            a => Assert.Equal(ColumnAlteration.SetDefault, Assert.IsType<AlterColumnSyntax>(a).Alteration),
            a => Assert.NotNull(Assert.IsType<AlterColumnSyntax>(a).Expression),
            a => Assert.True(Assert.IsType<AddConstraintSyntax>(a).Constraint.NotValid));
    }

    [Fact]
    public void Session_statements_and_privileges_are_read_and_ignored()
    {
        var result = Parser.Parse("schema.sql", "SET client_encoding = 'UTF8';\nGRANT SELECT ON t TO PUBLIC;\nSELECT pg_catalog.set_config('search_path', '', false);");

        Assert.Empty(result.Diagnostics);
        Assert.All(result.Statements, s => Assert.IsType<IgnoredStatementSyntax>(s));
    }

    [Fact]
    public void Statement_spans_cover_the_statement()
    {
        const string text = "-- header\nCREATE TABLE t (id int);";
        var statement = Parser.Parse("schema.sql", text).Statements.Single();

        Assert.Equal("CREATE TABLE t (id int)", text.Substring(statement.Start, statement.Length));
    }
}
