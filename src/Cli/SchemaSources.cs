using SchemaGen.Cli.Introspection;
using SchemaGen.Core;

namespace SchemaGen.Cli;

/// <summary>
/// A side of a diff: a schema file, or a live database given by its connection string
/// (<c>postgresql://...</c> or <c>Host=...</c>), whose schema is read from its catalog.
/// </summary>
internal static class SchemaSources
{
    /// <summary>The schema as a document; its diagnostics are printed and it may have errors.</summary>
    public static SchemaDocument Parse(string source, TextWriter stderr) =>
        ConnectionStrings.IsConnectionString(source)
            ? DatabaseSchemas.Read(source, schemas: null, stderr).Document
            : SchemaFiles.Parse(source, stderr);

    /// <summary>A name for migration headers; a database is never named by its connection string, which may hold a password.</summary>
    public static string Title(string source)
    {
        if (!ConnectionStrings.IsConnectionString(source)) return Path.GetFileNameWithoutExtension(source);
        try
        {
            return DatabaseCommands.Describe(ConnectionStrings.ToNpgsql(source)).Database;
        }
        catch (CliError)
        {
            return "database";
        }
    }
}
