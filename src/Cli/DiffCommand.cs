using System.CommandLine;
using SchemaGen.Core;
using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Formatting;

namespace SchemaGen.Cli;

/// <summary><c>schemagen diff FROM TO</c>: the migration from one schema version to the next.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Argument<string>("FROM") { Description = "The schema version to migrate from: a .sql file, or a database (postgresql://... or Host=...)." };
        var to = new Argument<string>("TO") { Description = "The schema version to migrate to: a .sql file, or a database (postgresql://... or Host=...)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "sql: a migration file in the team's style; json: {\"up\", \"down\", \"hazards\", \"transactional\"} with bare statements.",
            DefaultValueFactory = _ => "sql",
        };
        format.AcceptOnlyFromAmong("sql", "json");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var styleFrom = new Option<string?>("--style-from")
        {
            Description = "A folder of existing hand-written migrations whose conventions the output follows.",
        };
        var name = new Option<string?>("--name") { Description = "The migration's name in the file header." };
        var noIdempotent = new Option<bool>("--no-idempotent")
        {
            Description = "Do not guard statements with IF [NOT] EXISTS (the default makes UP safe to run twice).",
        };

        var command = new Command("diff", "Print the migration (UP and DOWN) from FROM to TO.")
        {
            from, to, format, output, styleFrom, name, noIdempotent,
        };
        command.SetAction(parseResult => Run(context, new DiffRequest(
            parseResult.GetValue(from)!,
            parseResult.GetValue(to)!,
            parseResult.GetValue(format) ?? "sql",
            parseResult.GetValue(output),
            parseResult.GetValue(styleFrom),
            parseResult.GetValue(name),
            parseResult.GetValue(noIdempotent))));
        return command;
    }

    private static int Run(CliContext context, DiffRequest request)
    {
        var style = request.StyleFrom is null ? MigrationStyle.Default : LoadStyle(request.StyleFrom, context);

        var fromDocument = SchemaSources.Parse(request.From, context.Error);
        var toDocument = SchemaSources.Parse(request.To, context.Error);
        if (fromDocument.HasErrors || toDocument.HasErrors) return ExitCodes.InvalidInput;

        var options = style.ToMigrationOptions();
        if (request.NoIdempotent) options = options with { Idempotent = false };
        var migration = MigrationGenerator.Generate(fromDocument, toDocument, options);

        // A hazard acknowledged with "-- schemagen:allow SGxxxx" next to its object is intended.
        var open = Acknowledgements.Unacknowledged(migration.Hazards, fromDocument, toDocument);
        var acknowledged = migration.Hazards.Except(open).ToList();

        string text;
        if (request.Format == "json")
        {
            text = JsonMigrationWriter.Write(migration, acknowledged);
        }
        else
        {
            foreach (var hazard in open)
                context.Error.WriteLine(HazardText(hazard));
            var header = new MigrationFileHeader(MigrationName(request), context.Now());
            text = MigrationFileWriter.Render(migration, header, style);
        }

        if (request.Out is null)
        {
            context.Out.Write(text);
        }
        else
        {
            SchemaFiles.Write(request.Out, text);
            context.Error.WriteLine($"schemagen: wrote {request.Out}");
        }
        return ExitCodes.Success;
    }

    private static MigrationStyle LoadStyle(string directory, CliContext context)
    {
        if (!Directory.Exists(directory)) throw new CliError($"{directory}: --style-from folder not found");
        if (Directory.GetFiles(directory, "*.sql").Length == 0)
        {
            context.Error.WriteLine($"schemagen: warning: {directory} holds no .sql migrations; using the default style");
            return MigrationStyle.Default;
        }
        try
        {
            return StyleExtractor.ExtractFromDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"{directory}: cannot read migrations: {e.Message}");
        }
    }

    private static string MigrationName(DiffRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Name)) return request.Name!;
        if (request.Out is not null && MigrationNames.TitleFromFileName(request.Out) is { } title) return title;
        return $"{SchemaSources.Title(request.From)} to {SchemaSources.Title(request.To)}";
    }

    internal static string HazardText(Hazard hazard)
    {
        var where = hazard.Location is { } location ? $"{location}: " : "";
        return $"{where}{hazard.Rule.DefaultSeverity.ToString().ToLowerInvariant()} {hazard.Id}: {hazard.Message}";
    }

    private sealed record DiffRequest(
        string From, string To, string Format, string? Out, string? StyleFrom, string? Name, bool NoIdempotent);
}
