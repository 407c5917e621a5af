namespace SchemaGen.Core.Tests.Binding;

/// <summary>Two files PostgreSQL turns into the same catalog must produce no migration at all.</summary>
public class EquivalentSchemaTests
{
    [Theory]
    [InlineData("CREATE TABLE users (id int PRIMARY KEY, email varchar(255) NOT NULL UNIQUE);",
                "create table public.USERS (\n  ID integer not null,\n  \"email\" character varying(255) not null,\n  constraint users_pkey primary key (id),\n  unique (email)\n);")]
    [InlineData("CREATE TABLE t (a timestamptz DEFAULT now());", "CREATE TABLE t (a timestamp with time zone DEFAULT (now()));")]
    [InlineData("CREATE TABLE t (a int CHECK (a > 0));", "CREATE TABLE t (a int, CONSTRAINT t_a_check CHECK ((a > 0)));")]
    [InlineData("CREATE TABLE t (id serial);", "CREATE SEQUENCE t_id_seq AS integer;\nCREATE TABLE t (id integer NOT NULL DEFAULT nextval('t_id_seq'));\nALTER SEQUENCE t_id_seq OWNED BY t.id;")]
    [InlineData("CREATE TABLE t (a text);\nCREATE INDEX i ON t (a);", "CREATE TABLE t (a text);\nCREATE INDEX i ON t USING btree (a ASC NULLS LAST);")]
    [InlineData("CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES a);",
                "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int);\nALTER TABLE b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES a (id);")]
    [InlineData("CREATE TABLE t (s text DEFAULT 'it''s');", "CREATE TABLE t (s text DEFAULT E'it\\'s');")]
    [InlineData("CREATE FUNCTION f() RETURNS int LANGUAGE sql SET timezone = 'UTC' AS $$ SELECT 1 $$;",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql SET \"TimeZone\" TO 'UTC' AS $$ SELECT 1 $$;")]
    public void Equivalent_files_give_an_empty_migration(string left, string right)
    {
        var a = SchemaDocument.Parse("a.sql", left);
        var b = SchemaDocument.Parse("b.sql", right);
        Assert.Empty(a.Diagnostics);
        Assert.Empty(b.Diagnostics);

        var migration = MigrationGenerator.Generate(a, b);

        Assert.True(migration.IsEmpty, "UP:\n" + migration.Up + "\nDOWN:\n" + migration.Down);
    }
}
