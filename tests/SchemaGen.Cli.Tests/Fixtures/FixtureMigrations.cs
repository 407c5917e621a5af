using SchemaGen.Runtime;

namespace SchemaGen.Cli.Tests.Fixtures;

/// <summary>
/// A registry in the shape the source generator emits, under another class name (as the
/// SchemaGenRegistryClass setting gives), so <c>schemagen apply --assembly</c> can load it from this
/// test assembly. Its migrations can be made slow through a session setting
/// (<c>Options=-c schemagen_test.sleep_002=8</c> in the connection string) without changing their
/// SQL, hence their checksums, so a test can kill the applier in the middle of one.
/// </summary>
public static class FixtureMigrations
{
    public static IReadOnlyList<IMigration> All { get; } =
    [
        new Fixture(
            "001_items",
            "CREATE TABLE items (id int PRIMARY KEY, v int NOT NULL);\nINSERT INTO items SELECT g, 0 FROM generate_series(1, 1000) g;",
            "DROP TABLE items;",
            transactional: true),
        new Fixture(
            "002_bump",
            "UPDATE items SET v = v + 1;\n" + Sleep("002") + "\nALTER TABLE items ADD COLUMN done boolean NOT NULL DEFAULT true;",
            "ALTER TABLE items DROP COLUMN done;\nUPDATE items SET v = v - 1;",
            transactional: true),
        // Statement 1 is not idempotent on purpose: a resume that re-ran it would fail.
        new Fixture(
            "003_index",
            "CREATE TABLE audit (id int);\n" + Sleep("003") + "\nCREATE INDEX CONCURRENTLY IF NOT EXISTS items_v ON items (v);",
            "DROP INDEX CONCURRENTLY IF EXISTS items_v;\nDROP TABLE IF EXISTS audit;",
            transactional: false),
    ];

    /// <summary>The setting a test sets to make migration <paramref name="number"/> sleep that many seconds.</summary>
    public static string SleepSetting(string number) => $"schemagen_test.sleep_{number}";

    private static string Sleep(string number)
        => $"SELECT pg_sleep(coalesce(nullif(current_setting('{SleepSetting(number)}', true), '')::float8, 0));";

    private sealed class Fixture(string id, string up, string down, bool transactional) : IMigration
    {
        public string Id => id;
        public string Name => "fixture " + id;
        public string Up => up;
        public string Down => down;
        public string Checksum { get; } = MigrationChecksum.Compute(up);
        public bool IsTransactional => transactional;
        public override string ToString() => id;
    }
}
