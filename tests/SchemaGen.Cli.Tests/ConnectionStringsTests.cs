using Npgsql;
using SchemaGen.Cli.Introspection;

namespace SchemaGen.Cli.Tests;

public class ConnectionStringsTests
{
    [Theory]
    [InlineData("postgresql://app@db/app", true)]
    [InlineData("POSTGRES://db", true)]
    [InlineData("Host=db;Database=app", true)]
    [InlineData("Database=app; server = db", true)]
    [InlineData("Schema/001_init.sql", false)]
    [InlineData("host=db.sql", true)]
    [InlineData("hosts/001.sql", false)]
    [InlineData("postgresql.sql", false)]
    public void Tells_a_database_from_a_schema_file(string text, bool isConnection) =>
        Assert.Equal(isConnection, ConnectionStrings.IsConnectionString(text));

    [Fact]
    public void A_uri_becomes_npgsql_keys_with_its_escapes_undone()
    {
        var npgsql = ConnectionStrings.ToNpgsql("postgresql://app%40corp:p%3Ass%2Fw@db.example:6543/my%20db?sslmode=require&application_name=adopt");

        var builder = new NpgsqlConnectionStringBuilder(npgsql);
        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("my db", builder.Database);
        Assert.Equal("app@corp", builder.Username);
        Assert.Equal("p:ss/w", builder.Password);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("adopt", builder.ApplicationName);
    }

    [Fact]
    public void A_bad_uri_is_a_usage_error_that_does_not_echo_it()
    {
        var error = Assert.Throws<CliError>(() => ConnectionStrings.ToNpgsql("postgresql://app:s3cret@db/app?nonsense_key=1"));
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Fact]
    public void Key_value_strings_pass_through() =>
        Assert.Equal("Host=db;Database=app", ConnectionStrings.ToNpgsql("Host=db;Database=app"));
}
