using Microsoft.CodeAnalysis;
using SchemaGen.Core;
using SchemaGen.Generator.Models;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// The package's MSBuild settings as the compiler passes them (<c>build_property.X</c> global
/// options), through the real driver.
/// </summary>
public class MsBuildSettingsTests
{
    // What a team's hand-written migrations look like when they spell keywords in lower case and
    // never write IF [NOT] EXISTS.
    private const string LowerCaseMigration = """
        -- Migration: add orders
        begin;
        create table orders (id integer primary key);
        create index orders_id on orders (id);
        commit;
        -- DOWN
        begin;
        drop index orders_id;
        drop table orders;
        commit;

        """;

    [Fact]
    public void Namespace_and_registry_class_come_from_their_properties()
    {
        var run = GeneratorHarness.Run(Schemas.Users(), properties: new Dictionary<string, string>
        {
            ["SchemaGenNamespace"] = "Acme.Data.Migrations",
            ["SchemaGenRegistryClass"] = "AcmeMigrations",
        });

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("AcmeMigrations.g.cs", run.HintNames);
        Assert.DoesNotContain("SchemaMigrations.g.cs", run.HintNames);
        Snapshot.Verify("Settings.AcmeMigrations", run.Source("AcmeMigrations.g.cs"));
        Assert.All(run.HintNames, hint => Assert.Contains("namespace Acme.Data.Migrations", run.Source(hint)));

        CompiledAssembly.AssertNoWarnings(run.Output);
        var migrations = CompiledAssembly.Registry(CompiledAssembly.Load(run.Output), "Acme.Data.Migrations", "AcmeMigrations");
        Assert.Equal(new[] { "001_schema_v1", "002_schema_v2" }, migrations.Select(m => m.Id));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("Not A Name")]
    [InlineData("Migration_001_schema_v1")]
    [InlineData("   ")]
    public void An_unusable_registry_class_name_falls_back_to_SchemaMigrations(string name)
    {
        var run = GeneratorHarness.Run(Schemas.Users(), properties: new Dictionary<string, string> { ["SchemaGenRegistryClass"] = name });

        Assert.Contains("SchemaMigrations.g.cs", run.HintNames);
        CompiledAssembly.AssertNoWarnings(run.Output);
    }

    [Fact]
    public void An_invalid_namespace_property_falls_back_to_the_root_namespace()
    {
        var run = GeneratorHarness.Run(Schemas.Users(), properties: new Dictionary<string, string> { ["SchemaGenNamespace"] = "1st.namespace" });

        Assert.All(run.HintNames, hint => Assert.Contains("namespace Sample.App", run.Source(hint)));
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("true", true)]
    [InlineData("", true)]
    [InlineData("maybe", true)]
    public void Idempotent_output_follows_SchemaGenIdempotent(string value, bool idempotent)
    {
        var files = Schemas.Users();
        var run = GeneratorHarness.Run(files, properties: new Dictionary<string, string> { ["SchemaGenIdempotent"] = value });

        var v1 = SchemaDocument.Parse(files[0].Path, files[0].Text);
        var v2 = SchemaDocument.Parse(files[1].Path, files[1].Text);
        var expected = MigrationGenerator.Generate(v1, v2, new MigrationOptions { Idempotent = idempotent });
        var migration = CompiledAssembly.Registry(CompiledAssembly.Load(run.Output), "Sample.App")[1];
        Assert.Equal(expected.Up, migration.Up);
        Assert.Equal(expected.Down, migration.Down);
        Assert.Equal(idempotent, migration.Up.Contains("IF NOT EXISTS", StringComparison.Ordinal));
    }

    [Fact]
    public void Style_files_shape_the_sql_and_are_not_schema_versions()
    {
        var files = Schemas.Users()
            .Append(("/project/Migrations/001_add_orders.sql", LowerCaseMigration))
            .ToArray();
        var run = GeneratorHarness.Run(files, properties: new Dictionary<string, string>
        {
            ["SchemaGenStyleFullPath"] = "/project/Migrations/",
        });

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(
            new[] { "Migration_001_schema_v1.g.cs", "Migration_002_schema_v2.g.cs", "SchemaMigrations.g.cs" },
            run.HintNames.OrderBy(h => h, StringComparer.Ordinal));
        Snapshot.Verify("Settings.Style.Migration_002_schema_v2", run.Source("Migration_002_schema_v2.g.cs"));

        var migration = CompiledAssembly.Registry(CompiledAssembly.Load(run.Output), "Sample.App")[1];
        Assert.Contains("alter table users add column", migration.Up, StringComparison.Ordinal);
        Assert.DoesNotContain("IF NOT EXISTS", migration.Up, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Sha256(migration.Up), migration.Checksum);
    }

    [Fact]
    public void A_single_style_file_works_and_the_idempotent_property_wins_over_it()
    {
        var files = Schemas.Users()
            .Append(("/project/conventions.sql", LowerCaseMigration))
            .ToArray();
        var run = GeneratorHarness.Run(files, properties: new Dictionary<string, string>
        {
            ["SchemaGenStyleFullPath"] = "/project/conventions.sql",
            ["SchemaGenIdempotent"] = "true",
        });

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(3, run.HintNames.Count());
        var migration = CompiledAssembly.Registry(CompiledAssembly.Load(run.Output), "Sample.App")[1];
        Assert.Contains("if not exists", migration.Up, StringComparison.Ordinal);
        Assert.DoesNotContain("ALTER TABLE", migration.Up, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_style_property_a_sql_file_elsewhere_is_a_version()
    {
        // The default: every .sql AdditionalFile is a version, as before the setting existed.
        var files = Schemas.Users().Append(("/project/Migrations/003_add_orders.sql", "CREATE TABLE orders (id integer);\n")).ToArray();
        var run = GeneratorHarness.Run(files);

        Assert.Contains("Migration_003_add_orders.g.cs", run.HintNames);
    }

    [Fact]
    public void Renaming_the_registry_reemits_without_rediffing()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Sample.App { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(Schemas.Growing(3)).RunGenerators(compilation);

        var result = driver
            .WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Sample.App",
                ["build_property.SchemaGenRegistryClass"] = "AllMigrations",
            }))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.DoesNotContain(result.TrackedSteps[TrackingNames.Diff].SelectMany(s => s.Outputs),
            o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "AllMigrations.g.cs");
    }

    [Fact]
    public void Turning_idempotence_off_rediffs_every_pair()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Sample.App { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(Schemas.Growing(3)).RunGenerators(compilation);

        var result = driver
            .WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Sample.App",
                ["build_property.SchemaGenIdempotent"] = "false",
            }))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        var rediffed = result.TrackedSteps[TrackingNames.Diff].SelectMany(s => s.Outputs)
            .Where(o => o.Reason == IncrementalStepRunReason.Modified)
            .Select(o => ((MigrationModel)o.Value).Id);
        Assert.Equal(new[] { "001_v1", "002_v2", "003_v3" }, rediffed.OrderBy(id => id));
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
