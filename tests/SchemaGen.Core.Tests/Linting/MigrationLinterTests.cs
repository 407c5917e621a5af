using SchemaGen.Core.Linting;

namespace SchemaGen.Core.Tests.Linting;

public class MigrationLinterTests
{
    private const string Path = "m.sql";

    private static List<string> Lint(string text) =>
        MigrationLinter.Lint(Path, text).Select(d => d.ToCompilerString()).ToList();

    [Fact]
    public void Create_index_on_an_existing_table_without_concurrently()
    {
        var found = Lint("SET lock_timeout = '5s';\nCREATE INDEX IF NOT EXISTS users_email ON users (email);\n");

        Assert.Equal(new[] { "m.sql(2,1): warning SG7001: CREATE INDEX on existing table users blocks writes while it builds: use CREATE INDEX CONCURRENTLY" }, found);
    }

    [Fact]
    public void Concurrent_index_outside_a_transaction_is_clean()
    {
        Assert.Empty(Lint("SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON public.users (email);\nDROP INDEX CONCURRENTLY IF EXISTS old_idx;\n"));
    }

    [Fact]
    public void Index_on_a_table_the_file_creates_is_not_a_lock_hazard()
    {
        Assert.Empty(Lint("CREATE TABLE IF NOT EXISTS t (id int);\nCREATE INDEX IF NOT EXISTS t_id ON t (id);\nALTER TABLE t ADD CONSTRAINT c CHECK (id > 0);\n"));
    }

    [Fact]
    public void Concurrently_inside_a_transaction_block_is_an_error_naming_the_begin()
    {
        var found = Lint("SET lock_timeout = '5s';\nBEGIN;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);\nCOMMIT;\nDROP INDEX CONCURRENTLY IF EXISTS j;\n");

        Assert.Equal(new[] { "m.sql(3,14): error SG7004: CREATE INDEX CONCURRENTLY cannot run inside a transaction block (BEGIN at line 2)" }, found);
    }

    [Theory]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);", 50, "a FOREIGN KEY")]
    [InlineData("ALTER TABLE orders ADD CHECK (total >= 0);", 24, "a CHECK constraint")]
    public void Constraint_without_not_valid_on_an_existing_table(string statement, int column, string what)
    {
        var found = Lint("SET lock_timeout = '5s';\n" + statement + "\n");

        Assert.Equal(new[] { $"m.sql(2,{column}): warning SG7003: Adding {what} to existing table orders checks every row under a lock: add it NOT VALID, then VALIDATE CONSTRAINT in a later statement" }, found);
    }

    [Fact]
    public void Constraint_added_not_valid_is_clean()
    {
        Assert.Empty(Lint("SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk;\n"));
    }

    [Fact]
    public void Statements_without_if_exists_guards()
    {
        var found = Lint("CREATE TABLE t (id int);\nCREATE SEQUENCE s;\nALTER TABLE t ADD COLUMN n int;\nDROP VIEW v;\nDROP TABLE t;\n");

        Assert.Equal(new[]
        {
            "m.sql(1,1): info SG7005: CREATE TABLE without IF NOT EXISTS fails when the migration is run again",
            "m.sql(2,1): info SG7005: CREATE SEQUENCE without IF NOT EXISTS fails when the migration is run again",
            "m.sql(3,15): info SG7005: ADD COLUMN without IF NOT EXISTS fails when the migration is run again",
            "m.sql(4,1): info SG7005: DROP VIEW without IF EXISTS fails when the migration is run again",
            "m.sql(5,1): info SG7005: DROP TABLE without IF EXISTS fails when the migration is run again",
        }, found);
    }

    [Fact]
    public void Lock_timeout_is_reported_once_on_the_first_locking_statement()
    {
        var found = Lint("ALTER TABLE IF EXISTS a ADD COLUMN IF NOT EXISTS x int;\nALTER TABLE b ADD COLUMN IF NOT EXISTS y int;\n");

        Assert.Equal(new[] { "m.sql(1,1): warning SG7006: ALTER TABLE waits for its lock without limit, and queues every query behind it: SET lock_timeout first" }, found);
    }

    [Fact]
    public void Statements_inside_strings_and_function_bodies_are_not_read()
    {
        const string text = "SET LOCAL lock_timeout = '1s';\nCREATE OR REPLACE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  CREATE INDEX i ON t (a);\nEND\n$$;\nSELECT 'DROP TABLE x;';\n";

        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Allow_comment_acknowledges_a_statement()
    {
        var found = Lint("SET lock_timeout = '5s';\n-- schemagen:allow SG7001 the table has 10 rows\nCREATE INDEX IF NOT EXISTS i ON t (a);\n");

        Assert.Empty(found);
    }

    [Fact]
    public void Lex_error_is_a_located_syntax_error()
    {
        var found = MigrationLinter.Lint(Path, "SELECT 1;\nSELECT 'unterminated;\n");

        Assert.Equal("SG0001", Assert.Single(found).Id);
        Assert.Equal(2, found[0].Location.Line);
    }
}
