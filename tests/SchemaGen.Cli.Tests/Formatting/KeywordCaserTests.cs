using SchemaGen.Core.Formatting;

namespace SchemaGen.Cli.Tests.Formatting;

public class KeywordCaserTests
{
    [Theory]
    [InlineData("alter table users add column name varchar(255) not null;",
                "ALTER TABLE users ADD COLUMN name VARCHAR(255) NOT NULL;")]
    [InlineData("alter table users drop column if exists key, drop column if exists data;",
                "ALTER TABLE users DROP COLUMN IF EXISTS key, DROP COLUMN IF EXISTS data;")]
    [InlineData("create table t (key text, name integer, \"Select\" int);",
                "CREATE TABLE t (key TEXT, name INTEGER, \"Select\" INT);")]
    [InlineData("comment on column users.name is 'not null -- select';",
                "COMMENT ON COLUMN users.name IS 'not null -- select';")]
    [InlineData("alter table t add constraint t_fk foreign key (a) references u (id) on delete cascade;",
                "ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES u (id) ON DELETE CASCADE;")]
    public void Upper_case_touches_keywords_only(string input, string expected) =>
        Assert.Equal(expected, KeywordCaser.Apply(input, KeywordCase.Upper));

    [Fact]
    public void Strings_comments_quoted_names_and_dollar_bodies_keep_their_bytes()
    {
        const string sql =
            "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN RETURN NEW; END $body$ LANGUAGE plpgsql; " +
            "-- DROP TABLE x\n/* SELECT */ SELECT 'CREATE TABLE', E'\\'NOT NULL', \"TABLE\" FROM t;";

        var lowered = KeywordCaser.Apply(sql, KeywordCase.Lower);

        Assert.Equal(
            "create function f() returns trigger as $body$ BEGIN RETURN NEW; END $body$ language plpgsql; " +
            "-- DROP TABLE x\n/* SELECT */ select 'CREATE TABLE', E'\\'NOT NULL', \"TABLE\" from t;",
            lowered);
    }

    [Fact]
    public void Preserve_returns_the_text_unchanged()
    {
        const string sql = "Create Table T (Id Int);";
        Assert.Same(sql, KeywordCaser.Apply(sql, KeywordCase.Preserve));
    }
}
