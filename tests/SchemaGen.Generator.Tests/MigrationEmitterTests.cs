using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Models;
using SchemaGen.Generator.Pipeline;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests;

/// <summary>The emitter on hand-made models, so that hard content is covered whatever the engine emits.</summary>
public class MigrationEmitterTests
{
    private const string Up =
        "CREATE TABLE \"Odd \"\"Name\"\"\" (\n" +
        "    note text DEFAULT 'it''s \"\"\" \\ C:\\temp\\new',\r\n" +
        "    emoji text DEFAULT '😀 日本語 Ünïcödé\tтаб'\n" +
        ");\n" +
        "COMMENT ON TABLE x IS 'bidi \u202E zero\u200B nul \0 bell \a sep \u2028 lone \uD800';\n" +
        "DO $body$ BEGIN RAISE NOTICE '{0} {{ }}'; END $body$;\n";

    private const string Down = "DROP TABLE \"Odd \"\"Name\"\"\";\n";

    private static readonly MigrationModel Model = new(
        Id: "007_odd",
        ClassName: Identifiers.MigrationClassName("007_odd"),
        Name: "v6 -> odd",
        Number: 7,
        FromName: "v6",
        FromFile: "v6.sql",
        ToName: "odd <&> \"q\"",
        ToFile: "007_odd.sql",
        Up: Up,
        Down: Down,
        Checksum: MigrationBuilder.Sha256Hex(Up),
        IsTransactional: false,
        Changes: new[] { "create table \"Odd \"\"Name\"\"\"", "comment on <table> x & more\nsecond line" }.ToEquatableArray(),
        Hazards: new[] { "SG1002: Dropping column t.c deletes its values in every row" }.ToEquatableArray(),
        IsGenerated: true,
        Diagnostic: null);

    [Fact]
    public void Hard_content_matches_snapshot()
    {
        Snapshot.Verify("Emitter.Migration_007_odd", MigrationEmitter.Emit(Model, "Sample.App"));
    }

    [Fact]
    public void Hard_content_compiles_without_warnings_and_round_trips()
    {
        var registry = new RegistryModel(new[] { Model.ClassName }.ToEquatableArray(), null);
        var compilation = GeneratorHarness.CreateCompilation(
            MigrationEmitter.Emit(Model, "Sample.App"),
            RegistryEmitter.Emit(registry, "Sample.App", "SchemaMigrations"));

        CompiledAssembly.AssertNoWarnings(compilation);
        var migration = Assert.Single(CompiledAssembly.Registry(CompiledAssembly.Load(compilation), "Sample.App"));
        Assert.Equal(Up, migration.Up);
        Assert.Equal(Down, migration.Down);
        Assert.Equal("007_odd", migration.Id);
        Assert.Equal("v6 -> odd", migration.Name);
        Assert.False(migration.IsTransactional);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Up))), migration.Checksum);
    }

    [Fact]
    public void Empty_registry_compiles()
    {
        var compilation = GeneratorHarness.CreateCompilation(
            RegistryEmitter.Emit(new RegistryModel(EquatableArray<string>.Empty, "001_v1"), "Sample.App", "SchemaMigrations"));

        CompiledAssembly.AssertNoWarnings(compilation);
        Assert.Empty(CompiledAssembly.Registry(CompiledAssembly.Load(compilation), "Sample.App"));
    }
}
