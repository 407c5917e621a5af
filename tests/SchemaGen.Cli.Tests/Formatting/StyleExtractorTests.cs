using SchemaGen.Core.Formatting;

namespace SchemaGen.Cli.Tests.Formatting;

public class StyleExtractorTests
{
    [Fact]
    public void Seed_migrations_yield_the_default_style_with_upper_case_keywords()
    {
        var style = StyleExtractor.ExtractFromDirectory(RepoPaths.ExistingMigrations);

        Assert.Equal(MigrationStyle.Default with { KeywordCase = KeywordCase.Upper }, style);
    }

    [Fact]
    public void Seed_style_renders_migration_003()
    {
        var style = StyleExtractor.ExtractFromDirectory(RepoPaths.ExistingMigrations);
        var header = new MigrationFileHeader("Add User Fields", SeedMigration.Created,
            "Add name and updated_at columns, create email index");

        Assert.Equal(SeedMigration.Expected003, MigrationFileWriter.Render(SeedMigration.Create(), header, style));
    }

    [Fact]
    public void Migration_001_alone_has_plain_markers()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.ExistingMigrations, "001_initial_schema.sql"));

        var style = StyleExtractor.Extract(new[] { new MigrationSample("001_initial_schema.sql", text) });

        Assert.Equal("-- UP", style.UpMarker);
        Assert.Equal(MarkerPlacement.InsideTransaction, style.UpMarkerPlacement);
        Assert.Equal("-- DOWN", style.DownMarker);
        Assert.Equal(MarkerPlacement.BeforeTransaction, style.DownMarkerPlacement);
        Assert.Null(style.UpGroupMarker);
        Assert.Null(style.DownGroupMarker);
        Assert.False(style.Idempotent);
        Assert.Equal(MigrationStyle.Default.HeaderLines, style.HeaderLines);
    }

    [Fact]
    public void Sql_migrate_files_lower_case_without_transactions()
    {
        var samples = new[]
        {
            new MigrationSample("1_init.sql", """
                -- +migrate Up
                create table users (id serial primary key, name text not null);

                -- +migrate Down
                drop table users;
                """),
            new MigrationSample("2_index.sql", """
                -- +migrate Up
                create index users_name on users (name);
                -- +migrate Down
                drop index users_name;
                """),
        };

        var style = StyleExtractor.Extract(samples);

        Assert.Empty(style.HeaderLines);
        Assert.False(style.WrapInTransaction);
        Assert.Equal("-- +migrate Up", style.UpMarker);
        Assert.Equal("-- +migrate Down", style.DownMarker);
        Assert.Null(style.UpGroupMarker);
        Assert.Null(style.DownGroupMarker);
        Assert.Equal(KeywordCase.Lower, style.KeywordCase);
        Assert.False(style.Idempotent);
    }

    [Fact]
    public void Other_header_labels_iso_timestamps_and_per_migration_lines()
    {
        var samples = new[]
        {
            new MigrationSample("V1__create_accounts.sql", """
                -- Name: Create Accounts
                -- Date: 2024-03-01T08:00:00Z
                -- Author: alice
                -- Summary: accounts table
                -- Reviewed-by: the database team

                START TRANSACTION;

                -- ==== UP ====
                CREATE TABLE IF NOT EXISTS accounts (id bigint PRIMARY KEY);

                COMMIT;

                -- ==== DOWN ====
                START TRANSACTION;
                DROP TABLE IF EXISTS accounts;
                COMMIT;
                """),
            new MigrationSample("V2__add_email.sql", """
                -- Name: Add Email
                -- Date: 2024-04-11T17:30:00Z
                -- Author: bob
                -- Summary: accounts get an email
                -- Reviewed-by: the database team

                START TRANSACTION;

                -- ==== UP ====
                ALTER TABLE accounts ADD COLUMN IF NOT EXISTS email text;

                COMMIT;

                -- ==== DOWN ====
                START TRANSACTION;
                ALTER TABLE accounts DROP COLUMN IF EXISTS email;
                COMMIT;
                """),
        };

        var style = StyleExtractor.Extract(samples);

        Assert.Equal(new[]
        {
            "-- Name: {name}", "-- Date: {created}", "-- Summary: {description}", "-- Reviewed-by: the database team",
        }, style.HeaderLines);
        Assert.Equal("yyyy-MM-dd'T'HH:mm:ss'Z'", style.TimestampFormat);
        Assert.True(style.TimestampInUtc);
        Assert.Equal("START TRANSACTION;", style.BeginStatement);
        Assert.Equal("-- ==== UP ====", style.UpMarker);
        Assert.Equal(MarkerPlacement.InsideTransaction, style.UpMarkerPlacement);
        Assert.Equal("-- ==== DOWN ====", style.DownMarker);
        Assert.Equal(MarkerPlacement.BeforeTransaction, style.DownMarkerPlacement);
        Assert.Null(style.UpGroupMarker);
        Assert.Equal(KeywordCase.Upper, style.KeywordCase);
        Assert.True(style.Idempotent);
    }

    [Fact]
    public void Dbmate_markers_with_group_comments_and_unlabelled_title()
    {
        var samples = new[]
        {
            new MigrationSample("20240101000000_add_orders.sql", """
                -- Add Orders
                -- 2024-01-01 00:00

                -- migrate:up
                begin;
                -- up - create table
                create table orders (id int);
                commit;

                -- migrate:down
                begin;
                -- down - drop table
                drop table orders;
                commit;
                """),
        };

        var style = StyleExtractor.Extract(samples);

        Assert.Equal(new[] { "-- {name}", "-- {created}" }, style.HeaderLines);
        Assert.Equal("yyyy-MM-dd HH:mm", style.TimestampFormat);
        Assert.Equal("begin;", style.BeginStatement);
        Assert.Equal("commit;", style.CommitStatement);
        Assert.Equal("-- migrate:up", style.UpMarker);
        Assert.Equal(MarkerPlacement.BeforeTransaction, style.UpMarkerPlacement);
        Assert.Equal("-- migrate:down", style.DownMarker);
        Assert.Equal("-- up - {group}", style.UpGroupMarker);
        Assert.Equal("-- down - {group}", style.DownGroupMarker);
        Assert.Equal(KeywordCase.Lower, style.KeywordCase);
    }

    [Fact]
    public void Up_only_files_get_a_matching_down_marker()
    {
        var samples = new[]
        {
            new MigrationSample("001_a.sql", "-- +goose Up\nCREATE TABLE a (id int);\n"),
        };

        var style = StyleExtractor.Extract(samples);

        Assert.Equal("-- +goose Up", style.UpMarker);
        Assert.Equal("-- +goose Down", style.DownMarker);
    }

    [Fact]
    public void Prose_mentioning_up_or_down_is_not_a_marker()
    {
        var samples = new[]
        {
            new MigrationSample("001_a.sql", "-- Migration: A\n\nBEGIN;\n-- clean up old rows first\n-- Description: Update users\nCREATE TABLE a (id int);\nCOMMIT;\n"),
        };

        var style = StyleExtractor.Extract(samples);

        Assert.Null(style.UpMarker);
        Assert.Equal(MigrationStyle.Default.UpGroupMarker, style.UpGroupMarker);
    }

    [Fact]
    public void No_files_means_the_default_style() =>
        Assert.Equal(MigrationStyle.Default, StyleExtractor.Extract(Array.Empty<MigrationSample>()));
}
