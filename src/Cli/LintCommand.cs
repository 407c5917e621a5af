using System.CommandLine;
using SchemaGen.Core;
using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Linting;

namespace SchemaGen.Cli;

/// <summary>
/// <c>schemagen lint FILE...</c>: parse and bind schema files, report their diagnostics and the
/// hazards of migrating from each file to the next, in the compiler's
/// <c>file(line,col): severity ID: message</c> form. With <c>--migration</c>, the files are
/// hand-written migrations checked statement by statement (SG7xxx).
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Schema files to check, oldest version first; or migration files or folders with --migration.",
            Arity = ArgumentArity.OneOrMore,
        };
        var migration = new Option<bool>("--migration")
        {
            Description = "Check hand-written migration files (CREATE INDEX without CONCURRENTLY, constraints without NOT VALID, ...).",
        };
        var command = new Command("lint", "Check schema files and report every problem at its file, line and column.")
        {
            files,
            migration,
        };
        command.SetAction(parseResult => parseResult.GetValue(migration)
            ? RunMigrations(context, parseResult.GetValue(files)!)
            : Run(context, parseResult.GetValue(files)!));
        return command;
    }

    private static int Run(CliContext context, string[] files)
    {
        var failed = false;
        var documents = new List<SchemaDocument>();
        foreach (var file in files)
        {
            try
            {
                var document = SchemaDocument.Parse(file, SchemaFiles.Read(file));
                foreach (var diagnostic in document.Diagnostics.Where(d => d.Severity >= Severity.Warning))
                    context.Error.WriteLine(diagnostic.ToCompilerString());
                failed |= document.HasErrors;
                documents.Add(document);
            }
            catch (CliError error)
            {
                // One unreadable file should not hide the diagnostics of the others.
                context.Error.WriteLine($"schemagen: error: {error.Message}");
                failed = true;
            }
        }
        if (failed) return ExitCodes.InvalidInput;

        // Each file is the version after the one before it, as FROM TO in `schemagen diff`.
        for (var i = 1; i < documents.Count; i++)
        {
            var migration = MigrationGenerator.Generate(documents[i - 1], documents[i]);
            foreach (var hazard in Acknowledgements.Unacknowledged(migration.Hazards, documents[i - 1], documents[i]))
            {
                context.Error.WriteLine(hazard.Location is { } location
                    ? SchemaDiagnostic.CompilerFormat(location, hazard.Rule.DefaultSeverity, hazard.Id, hazard.Message)
                    : $"{documents[i].Path}: {hazard.Rule.DefaultSeverity.ToString().ToLowerInvariant()} {hazard.Id}: {hazard.Message}");
                failed |= hazard.Rule.DefaultSeverity == Severity.Error;
            }
        }
        return failed ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private static int RunMigrations(CliContext context, string[] files)
    {
        var failed = false;
        // A folder of migrations is checked file by file, in name order (the order they run in).
        var expanded = files.SelectMany(f => Directory.Exists(f)
            ? (IEnumerable<string>)Directory.GetFiles(f, "*.sql").OrderBy(p => p, StringComparer.Ordinal)
            : new[] { f });
        foreach (var file in expanded)
        {
            try
            {
                foreach (var diagnostic in MigrationLinter.Lint(file, SchemaFiles.Read(file)))
                {
                    context.Error.WriteLine(diagnostic.ToCompilerString());
                    failed |= diagnostic.Severity == Severity.Error;
                }
            }
            catch (CliError error)
            {
                context.Error.WriteLine($"schemagen: error: {error.Message}");
                failed = true;
            }
        }
        return failed ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
