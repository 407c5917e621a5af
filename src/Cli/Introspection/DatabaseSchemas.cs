using Npgsql;
using SchemaGen.Core;
using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Cli.Introspection;

/// <summary>A live database's schema as a <see cref="SchemaDocument"/>: the same model a schema file binds to.</summary>
internal static class DatabaseSchemas
{
    /// <summary>
    /// Connects, reads the schema and parses it. Objects SchemaGen does not manage are named on
    /// <paramref name="stderr"/>; connection failures become a <see cref="CliError"/> without the password.
    /// </summary>
    public static DatabaseSchema Read(
        string connectionString, IReadOnlyList<string>? schemas, TextWriter stderr,
        string historySchema = "public", string historyTable = "schemagen_history")
    {
        var npgsql = ConnectionStrings.ToNpgsql(connectionString);
        var (database, password) = DatabaseCommands.Describe(npgsql);
        IntrospectedSchema introspected;
        try
        {
            using var connection = new NpgsqlConnection(npgsql);
            connection.Open();
            introspected = DatabaseSchemaReader.Read(connection, schemas, historySchema, historyTable);
        }
        catch (NpgsqlException e)
        {
            var cause = e.InnerException is { } inner ? $" ({inner.Message})" : "";
            throw new CliError(DatabaseCommands.Redact($"{database}: {e.Message}{cause}", password), ExitCodes.DatabaseError);
        }

        if (introspected.Unsupported.Count > 0)
        {
            stderr.WriteLine(
                $"schemagen: warning: {database}: SchemaGen does not manage these objects and leaves them out: "
                + string.Join(", ", introspected.Unsupported));
        }

        var document = SchemaDocument.Parse(database, introspected.Sql);
        if (document.HasErrors)
        {
            var lines = introspected.Sql.Split('\n');
            foreach (var diagnostic in document.Diagnostics.Where(d => d.Severity == Severity.Error))
            {
                stderr.WriteLine(diagnostic.ToString());
                var location = diagnostic.Location;
                if (location.Line >= 1 && location.Line <= lines.Length)
                    stderr.WriteLine($"    {lines[location.Line - 1].Trim()}");
            }
            throw new CliError($"{database}: SchemaGen cannot read part of this database's schema (above); it is not supported yet");
        }
        return new DatabaseSchema(document, database, npgsql);
    }
}

/// <summary>A database's schema, its <c>host:port/database</c> for messages, and its Npgsql connection string.</summary>
internal sealed record DatabaseSchema(SchemaDocument Document, string Database, string ConnectionString);
