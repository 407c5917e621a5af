namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Schema versions used across the generator tests.</summary>
internal static class Schemas
{
    public const string UsersV1 = """
        -- Initial user table schema
        CREATE TABLE users (
            id SERIAL PRIMARY KEY,
            email VARCHAR(255) UNIQUE NOT NULL,
            created_at TIMESTAMP DEFAULT NOW()
        );

        """;

    public const string UsersV2 = """
        -- Updated user table schema
        CREATE TABLE users (
            id SERIAL PRIMARY KEY,
            email VARCHAR(255) UNIQUE NOT NULL,
            name VARCHAR(255) NOT NULL,
            created_at TIMESTAMP DEFAULT NOW(),
            updated_at TIMESTAMP DEFAULT NOW()
        );

        -- New index for email lookups
        CREATE INDEX idx_users_email ON users(email);

        """;

    public static (string Path, string Text)[] Users() => new[]
    {
        ("/project/Schema/schema_v1.sql", UsersV1),
        ("/project/Schema/schema_v2.sql", UsersV2),
    };

    /// <summary><paramref name="count"/> versions, each adding one table to the previous one.</summary>
    public static (string Path, string Text)[] Growing(int count) =>
        Enumerable.Range(1, count)
            .Select(n => ($"/project/Schema/{n:D3}_v{n}.sql",
                string.Concat(Enumerable.Range(1, n).Select(t => $"CREATE TABLE t{t} (id integer PRIMARY KEY, note text);\n"))))
            .ToArray();
}
