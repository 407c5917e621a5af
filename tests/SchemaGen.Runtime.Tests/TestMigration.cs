using SchemaGen.Runtime;

namespace SchemaGen.Runtime.Tests;

/// <summary>A hand-written migration, the way a user without the generator would write one.</summary>
internal sealed class TestMigration(string id, string up, string down = "", bool transactional = true) : IMigration
{
    public string Id => id;

    public string Name => "test " + id;

    public string Up => up;

    public string Down => down;

    public string Checksum { get; } = MigrationChecksum.Compute(up);

    public bool IsTransactional => transactional;
}
