using SchemaGen.Testing;

namespace SchemaGen.RoundTrip.Tests.Harness;

public sealed class CatalogSnapshotTests
{
    private const string Base = """
        CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, age int CHECK (age > 0),
                            created_at timestamp DEFAULT now());
        CREATE TABLE posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id int REFERENCES users (id) ON DELETE CASCADE,
                            title text COLLATE "C");
        CREATE INDEX posts_title ON posts (lower(title)) WHERE title IS NOT NULL;
        CREATE TYPE mood AS ENUM ('sad', 'ok');
        CREATE DOMAIN positive AS int CHECK (VALUE > 0);
        CREATE VIEW adults AS SELECT id, email FROM users WHERE age >= 18;
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
        COMMENT ON TABLE users IS 'people';
        COMMENT ON COLUMN users.email IS 'login';
        """;

    [Fact]
    public async Task Same_schema_written_differently_snapshots_equal()
    {
        // Statement order, case, type spellings, inline vs table constraints and column order all differ.
        const string rewritten = """
            create type MOOD as enum ('sad', 'ok');
            create domain public.positive as integer constraint positive_check check (value > 0);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            create table public.USERS (
                email character varying(255) not null, created_at timestamp without time zone default now(),
                age int4, id serial, constraint users_pkey primary key (id), constraint users_email_key unique (email),
                constraint users_age_check check (age > 0));
            CREATE TABLE posts (title text COLLATE "C", user_id integer, id int8 GENERATED ALWAYS AS IDENTITY,
                                PRIMARY KEY (id), FOREIGN KEY (user_id) REFERENCES users ON DELETE CASCADE);
            CREATE INDEX posts_title ON posts USING btree (lower(title)) WHERE (title IS NOT NULL);
            CREATE VIEW adults AS SELECT id, email FROM users WHERE age >= 18;
            CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE PROCEDURE touch();
            COMMENT ON COLUMN users.email IS 'login';
            COMMENT ON TABLE users IS 'people';
            """;
        var diff = CatalogSnapshot.Diff(await SnapshotAsync(Base), await SnapshotAsync(rewritten));
        Assert.True(diff.IsEmpty, diff.ToString());
    }

    [Theory]
    [InlineData("ALTER TABLE users ALTER COLUMN created_at SET DEFAULT now() - interval '1 day'", "~ changed: column public.users.created_at")]
    [InlineData("ALTER TABLE users ALTER COLUMN age SET NOT NULL", "~ changed: column public.users.age")]
    [InlineData("ALTER TABLE users ALTER COLUMN created_at TYPE timestamptz", "~ changed: column public.users.created_at")]
    [InlineData("ALTER TABLE posts ALTER COLUMN title TYPE text COLLATE \"POSIX\"", "~ changed: column public.posts.title")]
    [InlineData("ALTER TABLE users ADD COLUMN name text", "+ extra:   column public.users.name")]
    [InlineData("ALTER TABLE users DROP CONSTRAINT users_age_check", "- missing: constraint public.users.users_age_check")]
    [InlineData("ALTER TABLE users DROP CONSTRAINT users_age_check, ADD CONSTRAINT users_age_check CHECK (age > 1)", "~ changed: constraint public.users.users_age_check")]
    [InlineData("ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey, ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)", "~ changed: constraint public.posts.posts_user_id_fkey")]
    [InlineData("DROP INDEX posts_title; CREATE INDEX posts_title ON posts (lower(title))", "~ changed: index public.posts_title")]
    [InlineData("CREATE UNIQUE INDEX users_lower_email ON users (lower(email))", "+ extra:   index public.users_lower_email")]
    [InlineData("ALTER SEQUENCE users_id_seq INCREMENT BY 2", "~ changed: sequence public.users_id_seq")]
    [InlineData("ALTER TYPE mood ADD VALUE 'happy'", "~ changed: enum public.mood")]
    [InlineData("ALTER DOMAIN positive SET NOT NULL", "~ changed: domain public.positive")]
    [InlineData("CREATE OR REPLACE VIEW adults AS SELECT id, email FROM users WHERE age >= 21", "~ changed: view public.adults")]
    [InlineData("CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$", "~ changed: function public.touch()")]
    [InlineData("ALTER TABLE users DISABLE TRIGGER users_touch", "~ changed: trigger public.users.users_touch")]
    [InlineData("ALTER TABLE users ENABLE ROW LEVEL SECURITY", "~ changed: table public.users")]
    [InlineData("ALTER TABLE users SET (fillfactor = 70)", "~ changed: table public.users")]
    [InlineData("CREATE POLICY own ON users USING (id > 0)", "+ extra:   policy public.users.own")]
    [InlineData("COMMENT ON COLUMN users.email IS 'e-mail'", "~ changed: comment table column public.users.email")]
    [InlineData("COMMENT ON TABLE users IS NULL", "- missing: comment table public.users")]
    [InlineData("CREATE SCHEMA app", "+ extra:   schema app")]
    [InlineData("ALTER TABLE posts SET UNLOGGED", "~ changed: table public.posts")]
    public async Task Each_kind_of_change_shows_up_in_the_diff(string change, string expectedLine)
    {
        var diff = CatalogSnapshot.Diff(await SnapshotAsync(Base), await SnapshotAsync(Base + "\n" + change + ";"));
        Assert.Contains(expectedLine, diff.ToString());
    }

    [Fact]
    public async Task Sequence_position_and_rows_are_not_schema()
    {
        var diff = CatalogSnapshot.Diff(await SnapshotAsync(Base),
            await SnapshotAsync(Base + "\nINSERT INTO users (email, age) VALUES ('a@b', 3); SELECT setval('users_id_seq', 500);"));
        Assert.True(diff.IsEmpty, diff.ToString());
    }

    [Fact]
    public async Task Objects_owned_by_an_extension_are_left_out()
    {
        var snapshot = await SnapshotAsync("CREATE EXTENSION pg_trgm; CREATE TABLE t (x text);");
        Assert.Contains("extension pg_trgm", snapshot.Entries.Keys);
        Assert.DoesNotContain(snapshot.Entries.Keys, k => k.Contains("similarity", StringComparison.Ordinal));
        Assert.Contains("column public.t.x", snapshot.Entries.Keys);
    }

    private static async Task<CatalogSnapshot> SnapshotAsync(string schema)
    {
        await using var database = await PostgresServer.Shared.CreateTestDatabaseAsync("catalog");
        await database.ExecuteScriptAsync(schema);
        return await database.CatalogAsync();
    }
}
