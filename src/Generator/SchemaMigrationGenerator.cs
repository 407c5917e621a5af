using Microsoft.CodeAnalysis;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Models;
using SchemaGen.Generator.Pipeline;

namespace SchemaGen.Generator;

/// <summary>
/// Turns the project's <c>.sql</c> AdditionalFiles, ordered into versions by the number in their
/// names, into one <c>IMigration</c> class per consecutive pair and a registry of all of them.
/// </summary>
/// <remarks>
/// Each file is parsed once and cached; a pair is diffed again only when one of its two files
/// changes. Diagnostics: this generator reports only what stops it (SG0004 version numbering,
/// SG0099 engine failures). Parse errors and hazards are the analyzer's, so that a build does not
/// show them twice; a file with errors just produces no migration on either side of it.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class SchemaMigrationGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var emitSettings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => EmitSettings.From(options))
            .WithTrackingName(TrackingNames.Settings);

        var writeSettings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => WriteSettings.From(options))
            .WithTrackingName(TrackingNames.WriteSettings);

        var sqlFiles = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => new SchemaFile(text.Path, text.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.SchemaFiles)
            .Combine(writeSettings.Select(static (s, _) => s.StylePath));

        var files = sqlFiles
            .Where(static input => !StyleFiles.IsStyleFile(input.Left.Path, input.Right))
            .Select(static (input, _) => input.Left);

        var conventions = sqlFiles
            .Where(static input => StyleFiles.IsStyleFile(input.Left.Path, input.Right))
            .Select(static (input, _) => input.Left)
            .Collect()
            .Select(static (styleFiles, cancellationToken) => StyleFiles.Extract(styleFiles, cancellationToken))
            .WithTrackingName(TrackingNames.Style);

        // The project's own SchemaGenIdempotent wins over what its style files do.
        var writeOptions = writeSettings.Combine(conventions)
            .Select(static (input, _) => new WriteOptions(
                input.Left.Idempotent ?? input.Right.Idempotent ?? true, input.Right.KeywordCase))
            .WithTrackingName(TrackingNames.WriteOptions);

        var parsed = files
            .Select(static (file, cancellationToken) => ParsedSchema.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var plan = parsed.Collect()
            .Select(static (all, cancellationToken) => VersionPlanner.Plan(all, cancellationToken))
            .WithTrackingName(TrackingNames.Plan);

        var migrations = plan
            .SelectMany(static (p, _) => p.Pairs)
            .WithTrackingName(TrackingNames.Pairs)
            .Combine(writeOptions)
            .Select(static (input, cancellationToken) => MigrationBuilder.Build(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Diff);

        var registry = migrations.Collect()
            .Select(static (all, cancellationToken) => RegistryBuilder.Build(all, cancellationToken))
            .WithTrackingName(TrackingNames.Registry);

        var planDiagnostics = plan
            .Select(static (p, _) => (p.Diagnostics, p.HasSchemaFiles))
            .WithTrackingName(TrackingNames.PlanDiagnostics);

        context.RegisterSourceOutput(migrations.Combine(emitSettings), static (spc, input) =>
        {
            var (migration, settings) = input;
            if (migration.Diagnostic is { } diagnostic) Report(spc, diagnostic);
            if (!migration.IsGenerated) return;
            Guard(spc, migration.ToFile, () =>
                spc.AddSource(migration.ClassName + ".g.cs", MigrationEmitter.Emit(migration, settings.Namespace)));
        });

        context.RegisterSourceOutput(registry.Combine(emitSettings).Combine(planDiagnostics), static (spc, input) =>
        {
            var ((model, settings), (diagnostics, hasSchemaFiles)) = input;
            foreach (var diagnostic in diagnostics) Report(spc, diagnostic);
            if (!hasSchemaFiles) return;
            Guard(spc, settings.RegistryClass, () =>
                spc.AddSource(settings.RegistryClass + ".g.cs", RegistryEmitter.Emit(model, settings.Namespace, settings.RegistryClass)));
        });
    }

    private static void Report(SourceProductionContext context, DiagnosticInfo diagnostic) =>
        context.ReportDiagnostic(Diagnostic.Create(
            SchemaDescriptors.Get(diagnostic.RuleId), diagnostic.Location.ToLocation(), diagnostic.Message));

    // The emitters are simple, but a generator that throws takes the whole build down with CS8785
    // and no hint of which file caused it.
    private static void Guard(SourceProductionContext context, string path, Action emit)
    {
        try
        {
            emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Report(context, DiagnosticInfo.InternalError(path, exception));
        }
    }
}
