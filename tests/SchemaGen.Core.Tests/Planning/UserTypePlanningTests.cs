namespace SchemaGen.Core.Tests.Planning;

public class UserTypePlanningTests
{
    private static Migration Diff(string from, string to) =>
        MigrationGenerator.Generate("from.sql", from, "to.sql", to, MigrationOptions.Default with { Idempotent = false });

    [Fact]
    public void Added_enum_values_are_placed_and_make_the_migration_non_transactional()
    {
        var migration = Diff(
            "CREATE TYPE mood AS ENUM ('sad', 'happy');",
            "CREATE TYPE mood AS ENUM ('angry', 'sad', 'ok', 'happy', 'ecstatic');");
        Assert.Equal(new[]
        {
            "ALTER TYPE mood ADD VALUE 'angry' BEFORE 'sad';",
            "ALTER TYPE mood ADD VALUE 'ok' AFTER 'sad';",
            "ALTER TYPE mood ADD VALUE 'ecstatic';",
        }, migration.UpStatements);
        Assert.False(migration.IsTransactional);
        Assert.Contains("DROP TYPE mood;", migration.DownStatements);
    }

    [Fact]
    public void Types_are_created_before_and_dropped_after_the_tables_that_use_them()
    {
        var migration = Diff("", "CREATE TABLE t (m mood);\n".Insert(0, "CREATE TYPE mood AS ENUM ('a');\n"));
        Assert.Equal(new[] { "CREATE TYPE mood AS ENUM ('a');", "CREATE TABLE t (\n    m mood\n);" }, migration.UpStatements);
        Assert.Equal(new[] { "DROP TABLE t;", "DROP TYPE mood;" }, migration.DownStatements);
    }

    [Fact]
    public void Removing_an_enum_value_rebuilds_the_type_and_converts_columns_through_text()
    {
        var migration = Diff(
            "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE t (m mood DEFAULT 'a', ms mood[]);",
            "CREATE TYPE mood AS ENUM ('a');\nCREATE TABLE t (m mood DEFAULT 'a', ms mood[]);");
        Assert.Equal(new[]
        {
            "CREATE TYPE mood_sgtmp AS ENUM ('a');",
            "ALTER TABLE t ALTER COLUMN m DROP DEFAULT;",
            "ALTER TABLE t ALTER COLUMN m TYPE mood_sgtmp USING m::text::mood_sgtmp;",
            "ALTER TABLE t ALTER COLUMN ms TYPE mood_sgtmp[] USING ms::text[]::mood_sgtmp[];",
            "DROP TYPE mood;",
            "ALTER TYPE mood_sgtmp RENAME TO mood;",
            "ALTER TABLE t ALTER COLUMN m SET DEFAULT 'a';",
        }, migration.UpStatements);
        Assert.Equal("ALTER TYPE mood ADD VALUE 'b';", Assert.Single(migration.DownStatements));
    }

    [Fact]
    public void Domain_changes_are_made_in_place()
    {
        var migration = Diff(
            "CREATE DOMAIN d AS int CHECK (VALUE > 0);",
            "CREATE DOMAIN d AS int NOT NULL DEFAULT 1 CHECK (VALUE > 1);");
        Assert.Equal(new[]
        {
            "ALTER DOMAIN d SET DEFAULT 1;",
            "ALTER DOMAIN d SET NOT NULL;",
            "ALTER DOMAIN d DROP CONSTRAINT d_check;",
            "ALTER DOMAIN d ADD CONSTRAINT d_check CHECK (VALUE > 1);",
        }, migration.UpStatements);
    }
}
