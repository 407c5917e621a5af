using System.Security.Cryptography;
using System.Text;
using SchemaGen.Core;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests;

public class GeneratedCodeTests
{
    [Fact]
    public void Users_example_matches_snapshots()
    {
        var run = GeneratorHarness.Run(Schemas.Users());

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(
            new[] { "Migration_001_schema_v1.g.cs", "Migration_002_schema_v2.g.cs", "SchemaMigrations.g.cs" },
            run.HintNames.OrderBy(h => h, StringComparer.Ordinal));
        foreach (var hint in run.HintNames)
        {
            Snapshot.Verify("Users." + hint.Replace(".g.cs", ""), run.Source(hint));
        }
    }

    [Fact]
    public void Generated_code_compiles_without_warnings_and_holds_the_engine_output()
    {
        var files = Schemas.Users();
        var run = GeneratorHarness.Run(files);

        CompiledAssembly.AssertNoWarnings(run.Output);
        var migrations = CompiledAssembly.Registry(CompiledAssembly.Load(run.Output), "Sample.App");

        var v1 = SchemaDocument.Parse(files[0].Path, files[0].Text);
        var v2 = SchemaDocument.Parse(files[1].Path, files[1].Text);
        var expected = new[]
        {
            ("001_schema_v1", "(empty) -> schema_v1", MigrationGenerator.Generate(SchemaDocument.Empty, v1)),
            ("002_schema_v2", "schema_v1 -> schema_v2", MigrationGenerator.Generate(v1, v2)),
        };

        Assert.Equal(expected.Length, migrations.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (id, name, migration) = expected[i];
            Assert.Equal(id, migrations[i].Id);
            Assert.Equal(name, migrations[i].Name);
            Assert.Equal(migration.Up, migrations[i].Up);
            Assert.Equal(migration.Down, migrations[i].Down);
            Assert.Equal(migration.IsTransactional, migrations[i].IsTransactional);
            Assert.Equal(Sha256(migrations[i].Up), migrations[i].Checksum);
        }
    }

    [Fact]
    public void Sql_with_quotes_backslashes_and_non_ascii_survives_generation()
    {
        // Comments and string literals are where SQL text reaches the generated C# verbatim.
        const string nasty = """""
            CREATE TABLE "Odd ""Name""" (
                id integer PRIMARY KEY,
                note text DEFAULT 'it''s a "test" \ with """ quotes and \n no escape',
                grüße text DEFAULT E'tab\there \\ backslash',
                emoji text DEFAULT '😀 日本語'
            );
            COMMENT ON TABLE "Odd ""Name""" IS 'Ünïcödé """" and \ and $$';

            """"";
        var files = new[] { ("/p/001_nasty.sql", nasty) };
        var run = GeneratorHarness.Run(files);

        CompiledAssembly.AssertNoWarnings(run.Output);
        var migration = Assert.Single(CompiledAssembly.Registry(CompiledAssembly.Load(run.Output), "Sample.App"));
        var expected = MigrationGenerator.Generate(SchemaDocument.Empty, SchemaDocument.Parse(files[0].Item1, nasty));
        Assert.Equal(expected.Up, migration.Up);
        Assert.Equal(expected.Down, migration.Down);
        Assert.Equal(Sha256(expected.Up), migration.Checksum);
        Snapshot.Verify("Nasty.Migration_001_nasty", run.Source("Migration_001_nasty.g.cs"));
    }

    [Fact]
    public void Migration_constants_are_usable_from_user_code()
    {
        var userCode = """
            namespace Sample.App
            {
                internal static class UserCode
                {
                    internal const string Id = Migration_002_schema_v2.Id;
                    internal static SchemaGen.Runtime.IMigration First => SchemaMigrations.All[0];
                }
            }
            """;

        var run = GeneratorHarness.Run(Schemas.Users(), userCode: userCode);

        CompiledAssembly.AssertNoWarnings(run.Output);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("My-App")]
    [InlineData("class.Foo")]
    public void Invalid_or_missing_root_namespace_falls_back(string? rootNamespace)
    {
        var run = GeneratorHarness.Run(Schemas.Users(), rootNamespace, userCode: "internal static class UserCode { }");

        Assert.Contains("namespace SchemaGen.Migrations", run.Source("SchemaMigrations.g.cs"));
        CompiledAssembly.AssertNoWarnings(run.Output);
    }

    [Fact]
    public void Project_without_schema_files_gets_nothing()
    {
        var run = GeneratorHarness.Run(Array.Empty<(string, string)>());

        Assert.Empty(run.HintNames);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void Non_sql_additional_files_are_ignored()
    {
        var run = GeneratorHarness.Run(new[] { ("/p/v1.txt", "CREATE TABLE t (id int);"), ("/p/appsettings.json", "{}") });

        Assert.Empty(run.HintNames);
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
