using System.Text.RegularExpressions;
using Npgsql;

namespace SchemaGen.Cli.Introspection;

/// <summary>
/// Tells a connection string from a file path, and turns the URI form libpq accepts
/// (<c>postgresql://user:password@host:port/database?sslmode=require</c>) into Npgsql's key=value form.
/// </summary>
internal static partial class ConnectionStrings
{
    [GeneratedRegex(@"^\s*(postgres|postgresql)://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UriStart();

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostKey();

    /// <summary>A <c>postgres://</c> or <c>postgresql://</c> URI, or key=value pairs naming a Host.</summary>
    public static bool IsConnectionString(string text) => UriStart().IsMatch(text) || HostKey().IsMatch(text);

    /// <summary>Npgsql's form of <paramref name="text"/>; key=value strings are returned as they are.</summary>
    public static string ToNpgsql(string text)
    {
        if (!UriStart().IsMatch(text)) return text;
        try
        {
            var uri = new Uri(text.Trim());
            var builder = new NpgsqlConnectionStringBuilder();
            if (uri.Host.Length > 0) builder.Host = Uri.UnescapeDataString(uri.Host.Trim('[', ']'));
            if (uri.Port > 0) builder.Port = uri.Port;
            var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            if (database.Length > 0) builder.Database = database;
            if (uri.UserInfo.Length > 0)
            {
                var colon = uri.UserInfo.IndexOf(':');
                builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
                if (colon >= 0) builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
                var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
                builder[LibpqKey(key)] = value;
            }
            return builder.ConnectionString;
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or FormatException or InvalidCastException)
        {
            // The message could quote a value of the string, so it is not shown.
            throw new CliError("the connection URI is not valid (it is not shown, since it may hold a password)", ExitCodes.Usage);
        }
    }

    private static string LibpqKey(string key) => key.ToLowerInvariant() switch
    {
        "sslmode" => "SSL Mode",
        "connect_timeout" => "Timeout",
        "application_name" => "Application Name",
        "user" => "Username",
        "dbname" => "Database",
        _ => key,
    };
}
