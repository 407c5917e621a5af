using SchemaGen.Core.Parsing;

namespace SchemaGen.Core.Tests.Planning;

public class CollationPlanningTests
{
    private static Migration Plan(string from, string to) => MigrationGenerator.Generate("from.sql", from, "to.sql", to);

    private const string Icu = "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);\n";

    [Fact]
    public void A_new_collation_is_created_before_the_column_using_it_and_dropped_after_it()
    {
        var migration = Plan("", Icu + "CREATE TABLE t (name text COLLATE ci);");

        Assert.Equal("CREATE COLLATION IF NOT EXISTS ci (provider = 'icu', locale = 'und-u-ks-level2', deterministic = 'false');", migration.UpStatements[0]);
        Assert.StartsWith("CREATE TABLE", migration.UpStatements[1]);
        Assert.StartsWith("DROP TABLE", migration.DownStatements[0]);
        Assert.Equal("DROP COLLATION IF EXISTS ci;", migration.DownStatements[^1]);
    }

    [Fact]
    public void Spelling_differences_in_provider_and_booleans_are_no_change()
    {
        var migration = Plan(Icu, "CREATE COLLATION ci (PROVIDER = ICU, LOCALE = 'und-u-ks-level2', DETERMINISTIC = off);");

        Assert.Empty(migration.UpStatements);
    }

    [Fact]
    public void A_changed_collation_is_swapped_in_under_a_temporary_name()
    {
        var table = "CREATE TABLE t (name text COLLATE ci);";
        var migration = Plan(Icu + table, Icu.Replace("level2", "level1") + table);

        var up = string.Join("\n", migration.UpStatements);
        Assert.Contains("CREATE COLLATION IF NOT EXISTS ci_sgtmp", up);
        Assert.Contains("ALTER TABLE t ALTER COLUMN name TYPE text COLLATE ci_sgtmp;", up);
        Assert.Contains("DROP COLLATION ci;", up);
        Assert.Contains("ALTER COLLATION ci_sgtmp RENAME TO ci;", up);
        Assert.True(up.IndexOf("DROP COLLATION ci;", StringComparison.Ordinal) < up.IndexOf("RENAME TO ci", StringComparison.Ordinal));
    }

    [Fact]
    public void A_copy_from_a_built_in_collation_names_pg_catalog()
    {
        var migration = Plan("", "CREATE COLLATION posix FROM \"POSIX\";");

        Assert.Equal(new[] { "CREATE COLLATION IF NOT EXISTS posix FROM pg_catalog.\"POSIX\";" }, migration.UpStatements);
    }

    [Fact]
    public void A_collation_option_without_a_value_is_a_located_error()
    {
        var result = Parser.Parse("schema.sql", "CREATE COLLATION c (locale);");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SG0001", diagnostic.Id);
        Assert.Equal((1, 27), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_collation_without_a_locale_is_an_error()
    {
        var error = Assert.Throws<SchemaException>(() => Plan("", "CREATE COLLATION c (provider = icu);"));

        Assert.Contains("parameter \"locale\" must be specified", error.Message);
    }

    [Fact]
    public void Rows_written_in_a_schema_file_are_ignored()
    {
        var table = "CREATE TABLE t (id int);\n";
        var migration = Plan(table, table + "INSERT INTO t VALUES (1);\nUPDATE t SET id = 2;\nDELETE FROM t WHERE id = 3;");

        Assert.Empty(migration.UpStatements);
    }
}
