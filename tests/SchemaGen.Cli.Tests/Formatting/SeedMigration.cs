using SchemaGen.Core;

namespace SchemaGen.Cli.Tests.Formatting;

/// <summary>The seed's users v1 -> v2 migration as the engine is meant to produce it.</summary>
internal static class SeedMigration
{
    public static readonly string[] Up =
    {
        "ALTER TABLE users\n  ADD COLUMN name VARCHAR(255) NOT NULL DEFAULT '',\n  ADD COLUMN updated_at TIMESTAMP DEFAULT NOW();",
        "CREATE INDEX IF NOT EXISTS idx_users_email ON users(email);",
    };

    public static readonly string[] Down =
    {
        "DROP INDEX IF EXISTS idx_users_email;",
        "ALTER TABLE users\n  DROP COLUMN IF EXISTS updated_at,\n  DROP COLUMN IF EXISTS name;",
    };

    public static readonly string[] Changes =
    {
        "add column users.name", "add column users.updated_at", "create index idx_users_email",
    };

    public static Migration Create(bool transactional = true) =>
        new(Up, Down, Array.Empty<Hazard>(), Changes, transactional);

    /// <summary>migration_003_add_user_fields.sql from the seed document, byte for byte.</summary>
    public const string Expected003 = """
        -- Migration: Add User Fields
        -- Created: 2024-11-27 21:40:00
        -- Description: Add name and updated_at columns, create email index

        BEGIN;

        -- UP: Add new columns
        ALTER TABLE users
          ADD COLUMN name VARCHAR(255) NOT NULL DEFAULT '',
          ADD COLUMN updated_at TIMESTAMP DEFAULT NOW();

        -- UP: Create index
        CREATE INDEX IF NOT EXISTS idx_users_email ON users(email);

        COMMIT;

        -- DOWN: Rollback changes
        BEGIN;

        -- DOWN: Remove index
        DROP INDEX IF EXISTS idx_users_email;

        -- DOWN: Remove columns
        ALTER TABLE users
          DROP COLUMN IF EXISTS updated_at,
          DROP COLUMN IF EXISTS name;

        COMMIT;

        """;

    public static readonly DateTimeOffset Created = new(2024, 11, 27, 21, 40, 0, TimeSpan.Zero);
}
