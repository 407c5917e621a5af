using SchemaGen.Core.Formatting;

namespace SchemaGen.Cli.Tests.Formatting;

public class ChangeSummaryTests
{
    [Fact]
    public void Seed_changes_read_as_one_sentence() =>
        Assert.Equal("Add name and updated_at columns to users, create index idx_users_email",
            ChangeSummary.Summarize(SeedMigration.Changes));

    [Fact]
    public void Columns_of_different_tables_keep_their_table() =>
        Assert.Equal("Drop users.a and orders.b columns",
            ChangeSummary.Summarize(new[] { "drop column users.a", "drop column orders.b" }));

    [Fact]
    public void Many_changes_are_counted_not_listed() =>
        Assert.Equal("Create table a, drop index b, add column t.c, and 2 more changes",
            ChangeSummary.Summarize(new[]
            {
                "create table a", "drop index b", "add column t.c", "drop table d", "create index e",
            }));

    [Fact]
    public void Unrecognised_sentences_pass_through() =>
        Assert.Equal("Rename users to people", ChangeSummary.Summarize(new[] { "rename users to people" }));

    [Theory]
    [InlineData("migration_003_add_user_fields.sql", "Add User Fields")]
    [InlineData("002_add_users_index.sql", "Add Users Index")]
    [InlineData("V3__add_email.sql", "Add Email")]
    [InlineData("20240115103000_create-users.up.sql", "Create Users")]
    [InlineData("0001.sql", null)]
    public void Names_come_from_file_names(string file, string? expected) =>
        Assert.Equal(expected, MigrationNames.TitleFromFileName(file));
}
