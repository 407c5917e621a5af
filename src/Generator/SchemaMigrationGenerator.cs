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
        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => new SchemaFile(text.Path, text.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.SchemaFiles);

        var parsed = files
            .Select(static (file, cancellationToken) => ParsedSchema.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var plan = parsed.Collect()
            .Select(static (all, cancellationToken) => VersionPlanner.Plan(all, cancellationToken))
            .WithTrackingName(TrackingNames.Plan);

        var migrations = plan
            .SelectMany(static (p, _) => p.Pairs)
            .WithTrackingName(TrackingNames.Pairs)
            .Select(static (pair, cancellationToken) => MigrationBuilder.Build(pair, cancellationToken))
            .WithTrackingName(TrackingNames.Diff);

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => RootNamespace.From(options))
            .WithTrackingName(TrackingNames.Namespace);

        var registry = migrations.Collect()
            .Select(static (all, cancellationToken) => RegistryBuilder.Build(all, cancellationToken))
            .WithTrackingName(TrackingNames.Registry);

        var planDiagnostics = plan
            .Select(static (p, _) => (p.Diagnostics, p.HasSchemaFiles))
            .WithTrackingName(TrackingNames.PlanDiagnostics);

        context.RegisterSourceOutput(migrations.Combine(rootNamespace), static (spc, input) =>
        {
            var (migration, ns) = input;
            if (migration.Diagnostic is { } diagnostic) Report(spc, diagnostic);
            if (!migration.IsGenerated) return;
            Guard(spc, migration.ToFile, () =>
                spc.AddSource(migration.ClassName + ".g.cs", MigrationEmitter.Emit(migration, ns)));
        });

        context.RegisterSourceOutput(registry.Combine(rootNamespace).Combine(planDiagnostics), static (spc, input) =>
        {
            var ((model, ns), (diagnostics, hasSchemaFiles)) = input;
            foreach (var diagnostic in diagnostics) Report(spc, diagnostic);
            if (!hasSchemaFiles) return;
            Guard(spc, RegistryEmitter.ClassName, () =>
                spc.AddSource(RegistryEmitter.ClassName + ".g.cs", RegistryEmitter.Emit(model, ns)));
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
