using System.CommandLine;
using System.Globalization;
using SchemaGen.Cli.Introspection;
using SchemaGen.Core;
using SchemaGen.Runtime;

namespace SchemaGen.Cli;

/// <summary>
/// <c>schemagen init</c>: adoption on an existing database. Writes the database's schema as the first
/// version file, in SchemaGen's canonical form (the CREATE statements of a migration from an empty
/// schema), and records that version as applied, so the runner starts from it.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var connection = new Option<string?>("--connection", "-c")
        {
            Description = $"The database: a connection string or postgresql:// URI (default: the {DatabaseCommands.ConnectionVariable} environment variable). Never printed.",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The version file to write; its folder is the schema folder.",
            DefaultValueFactory = _ => Path.Combine("Schema", "001_init.sql"),
        };
        var schemas = new Option<string[]>("--schema")
        {
            Description = "Read only this schema (repeatable); default: every schema but the system ones.",
            AllowMultipleArgumentsPerToken = true,
        };
        var historySchema = new Option<string>("--history-schema") { Description = "Schema of the history table.", DefaultValueFactory = _ => "public" };
        var historyTable = new Option<string>("--history-table") { Description = "Name of the history table.", DefaultValueFactory = _ => "schemagen_history" };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Only write the file; do not record it as applied." };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };

        var command = new Command("init", "Write the schema of an existing database as the first version file and record it as applied (baseline).")
        {
            connection, output, schemas, historySchema, historyTable, noBaseline, force,
        };
        command.SetAction(async (parse, ct) =>
        {
            var request = new InitRequest(
                parse.GetValue(connection) ?? Environment.GetEnvironmentVariable(DatabaseCommands.ConnectionVariable),
                parse.GetValue(output)!,
                parse.GetValue(schemas) ?? [],
                parse.GetValue(historySchema) ?? "public",
                parse.GetValue(historyTable) ?? "schemagen_history",
                parse.GetValue(noBaseline),
                parse.GetValue(force));
            return await RunAsync(context, request, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, InitRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Connection))
            throw new CliError($"no database: pass --connection or set {DatabaseCommands.ConnectionVariable}", ExitCodes.Usage);
        CheckOutput(request);

        var database = DatabaseSchemas.Read(request.Connection, request.Schemas, context.Error, request.HistorySchema, request.HistoryTable);
        var statements = MigrationGenerator.Generate(SchemaDocument.Empty, database.Document, new MigrationOptions { Idempotent = false }).UpStatements;
        var text = Header(database.Database, context.Now(), !request.NoBaseline) + string.Join("\n\n", statements) + (statements.Count > 0 ? "\n" : "");

        // The file must describe the database exactly, or a baseline would record a schema the database does not have.
        var written = SchemaDocument.Parse(request.Out, text);
        var drift = written.HasErrors ? null : MigrationGenerator.Generate(written, database.Document);
        SchemaFiles.Write(request.Out, text);
        context.Error.WriteLine($"schemagen: wrote {request.Out} ({statements.Count} statements)");
        if (drift is null || !drift.IsEmpty)
        {
            var detail = drift is null
                ? string.Join("; ", written.Diagnostics.Select(d => d.ToString()))
                : string.Join("; ", drift.Changes);
            throw new CliError(
                $"{request.Out} does not describe {database.Database} exactly ({detail}); it was not recorded as applied. "
                + "This is a bug in SchemaGen; please report it.", ExitCodes.InternalError);
        }

        if (request.NoBaseline) return ExitCodes.Success;

        var folder = Path.GetDirectoryName(Path.GetFullPath(request.Out))!;
        var migrations = SchemaVersionMigrations.Load(folder, context.Error);
        var options = new MigrationRunnerOptions { HistorySchema = request.HistorySchema, HistoryTable = request.HistoryTable };
        return await DatabaseCommands.WithRunnerAsync(context, database.ConnectionString, migrations, options, async (runner, name) =>
        {
            var id = migrations[0].Id;
            var result = await runner.BaselineAsync(id, ct);
            context.Out.WriteLine(result.Migrations.Count == 0
                ? $"{name}: the history already has {id}; nothing recorded."
                : $"{name}: recorded {id} as applied; later versions in {Path.GetDirectoryName(request.Out)} will be migrations from it.");
            return ExitCodes.Success;
        });
    }

    /// <summary>init writes the first version: the folder must not hold others, which would be ordered around it.</summary>
    private static void CheckOutput(InitRequest request)
    {
        if (!request.Out.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            throw new CliError($"{request.Out}: a schema version file ends in .sql", ExitCodes.Usage);
        if (Directory.Exists(request.Out)) throw new CliError($"{request.Out}: is a directory, expected a .sql file path");
        if (File.Exists(request.Out) && !request.Force)
            throw new CliError($"{request.Out}: exists; pass --force to overwrite it");
        var folder = Path.GetDirectoryName(Path.GetFullPath(request.Out))!;
        if (!Directory.Exists(folder)) return;
        var others = Directory.EnumerateFiles(folder, "*.sql")
            .Where(p => !string.Equals(Path.GetFullPath(p), Path.GetFullPath(request.Out), StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (others.Count > 0)
            throw new CliError($"{folder}: already holds schema versions ({string.Join(", ", others)}); init writes the first one into an empty folder");
    }

    private static string Header(string database, DateTimeOffset now, bool baseline) =>
        $"-- Schema of {database} on {now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, written by schemagen init.\n"
        + (baseline ? "-- The database already has it (recorded as applied); later versions are migrations from it.\n\n" : "\n");

    private sealed record InitRequest(
        string? Connection, string Out, IReadOnlyList<string> Schemas, string HistorySchema, string HistoryTable, bool NoBaseline, bool Force);
}
