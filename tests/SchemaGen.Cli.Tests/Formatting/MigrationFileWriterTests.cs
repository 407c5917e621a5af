using SchemaGen.Core;
using SchemaGen.Core.Formatting;

namespace SchemaGen.Cli.Tests.Formatting;

public class MigrationFileWriterTests
{
    [Fact]
    public void Default_style_reproduces_the_seeds_migration_003()
    {
        var header = new MigrationFileHeader("Add User Fields", SeedMigration.Created,
            "Add name and updated_at columns, create email index");

        var text = MigrationFileWriter.Render(SeedMigration.Create(), header);

        Assert.Equal(SeedMigration.Expected003, text);
    }

    [Fact]
    public void Description_defaults_to_a_summary_of_the_changes()
    {
        var text = MigrationFileWriter.Render(SeedMigration.Create(), new MigrationFileHeader("Add User Fields", SeedMigration.Created));

        Assert.Contains("-- Description: Add name and updated_at columns to users, create index idx_users_email\n", text);
    }

    [Fact]
    public void Non_transactional_migration_is_not_wrapped_and_says_why()
    {
        var migration = new Migration(
            new[] { "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users(email);" },
            new[] { "DROP INDEX CONCURRENTLY IF EXISTS idx_users_email;" },
            Array.Empty<Hazard>(), new[] { "create index idx_users_email" }, isTransactional: false);

        var text = MigrationFileWriter.Render(migration, new MigrationFileHeader("Index", SeedMigration.Created));

        Assert.DoesNotContain("BEGIN;", text);
        Assert.DoesNotContain("COMMIT;", text);
        Assert.Contains("-- Not wrapped in a transaction", text);
        Assert.Contains("-- UP: Create index\nCREATE INDEX CONCURRENTLY", text);
        Assert.Contains("-- DOWN: Rollback changes\n\n-- DOWN: Remove index\nDROP INDEX CONCURRENTLY", text);
    }

    [Fact]
    public void Plain_markers_inside_the_transaction_like_migration_001()
    {
        var style = MigrationStyle.Default with
        {
            UpMarker = "-- UP",
            UpMarkerPlacement = MarkerPlacement.InsideTransaction,
            DownMarker = "-- DOWN",
            DownMarkerPlacement = MarkerPlacement.BeforeTransaction,
            UpGroupMarker = null,
            DownGroupMarker = null,
        };
        var migration = new Migration(
            new[] { "CREATE TABLE users (\n    id SERIAL PRIMARY KEY\n);" }, new[] { "DROP TABLE users;" },
            Array.Empty<Hazard>(), new[] { "create table users" }, true);

        var text = MigrationFileWriter.Render(migration,
            new MigrationFileHeader("Initial Schema", new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero), "Create users table"), style);

        Assert.Equal("""
            -- Migration: Initial Schema
            -- Created: 2024-01-15 10:30:00
            -- Description: Create users table

            BEGIN;

            -- UP
            CREATE TABLE users (
                id SERIAL PRIMARY KEY
            );

            COMMIT;

            -- DOWN
            BEGIN;

            DROP TABLE users;

            COMMIT;

            """, text);
    }

    [Fact]
    public void Migrate_tool_markers_without_transactions_and_lower_case_keywords()
    {
        var style = MigrationStyle.Default with
        {
            HeaderLines = Array.Empty<string>(),
            WrapInTransaction = false,
            UpMarker = "-- +migrate Up",
            DownMarker = "-- +migrate Down",
            UpGroupMarker = null,
            DownGroupMarker = null,
            KeywordCase = KeywordCase.Lower,
        };

        var text = MigrationFileWriter.Render(SeedMigration.Create(), new MigrationFileHeader("x", SeedMigration.Created), style);

        Assert.Equal("""
            -- +migrate Up
            alter table users
              add column name varchar(255) not null default '',
              add column updated_at timestamp default NOW();

            create index if not exists idx_users_email on users(email);

            -- +migrate Down
            drop index if exists idx_users_email;

            alter table users
              drop column if exists updated_at,
              drop column if exists name;

            """, text);
    }

    [Fact]
    public void Iso_utc_timestamps_convert_the_clock_to_utc()
    {
        var style = MigrationStyle.Default with
        {
            HeaderLines = new[] { "-- {name} ({created})" },
            TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'",
            TimestampInUtc = true,
        };
        var created = new DateTimeOffset(2024, 11, 27, 23, 40, 0, TimeSpan.FromHours(2));

        var text = MigrationFileWriter.Render(SeedMigration.Create(), new MigrationFileHeader("Add User Fields", created), style);

        Assert.StartsWith("-- Add User Fields (2024-11-27T21:40:00Z)\n\nBEGIN;", text);
    }

    [Fact]
    public void Header_values_cannot_break_out_of_their_comment()
    {
        var text = MigrationFileWriter.Render(SeedMigration.Create(),
            new MigrationFileHeader("two\nlines", SeedMigration.Created, "drop\r\ntable users;"));

        Assert.Contains("-- Migration: two lines\n", text);
        Assert.Contains("-- Description: drop table users;\n", text);
    }

    [Fact]
    public void Empty_migration_still_has_both_sections()
    {
        var empty = new Migration(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<Hazard>(), Array.Empty<string>(), true);

        var text = MigrationFileWriter.Render(empty, new MigrationFileHeader("Nothing", SeedMigration.Created));

        Assert.Contains("-- Description: No schema changes\n", text);
        Assert.Contains("BEGIN;\n\n-- Nothing to apply: the schemas are equivalent.\n\nCOMMIT;", text);
        Assert.Contains("-- DOWN: Rollback changes\nBEGIN;\n\n-- Nothing to roll back.\n\nCOMMIT;\n", text);
    }

    [Fact]
    public void Consecutive_statements_of_one_kind_share_a_section_comment()
    {
        var migration = new Migration(
            new[]
            {
                "CREATE INDEX IF NOT EXISTS a ON t(x);",
                "CREATE UNIQUE INDEX IF NOT EXISTS b ON t(y);",
                "ALTER TABLE t ADD CONSTRAINT t_x_check CHECK (x > 0);",
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1) THEN ALTER TABLE t ADD CONSTRAINT c UNIQUE (x); END IF; END $$;",
            },
            Array.Empty<string>(), Array.Empty<Hazard>(), Array.Empty<string>(), true);

        var text = MigrationFileWriter.Render(migration, new MigrationFileHeader("x", SeedMigration.Created));

        Assert.Contains("-- UP: Create indexes\nCREATE INDEX IF NOT EXISTS a ON t(x);\n\nCREATE UNIQUE INDEX", text);
        Assert.Contains("-- UP: Add constraints\nALTER TABLE t ADD CONSTRAINT t_x_check", text);
        Assert.DoesNotContain("-- UP: Run guarded block", text);
    }

    [Fact]
    public void Dropping_a_temporary_default_stays_with_the_added_column()
    {
        var migration = new Migration(
            new[]
            {
                "ALTER TABLE users ADD COLUMN IF NOT EXISTS name character varying(255) NOT NULL DEFAULT '';",
                "ALTER TABLE users ALTER COLUMN name DROP DEFAULT;",
                "ALTER TABLE users ADD COLUMN IF NOT EXISTS updated_at timestamp DEFAULT now();",
                "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
            },
            Array.Empty<string>(), Array.Empty<Hazard>(), Array.Empty<string>(), true);

        var text = MigrationFileWriter.Render(migration, new MigrationFileHeader("x", SeedMigration.Created));

        Assert.Contains("""
            -- UP: Add new columns
            ALTER TABLE users ADD COLUMN IF NOT EXISTS name character varying(255) NOT NULL DEFAULT '';

            ALTER TABLE users ALTER COLUMN name DROP DEFAULT;

            ALTER TABLE users ADD COLUMN IF NOT EXISTS updated_at timestamp DEFAULT now();

            -- UP: Alter column
            ALTER TABLE users ALTER COLUMN email SET NOT NULL;
            """, text);
    }
}
