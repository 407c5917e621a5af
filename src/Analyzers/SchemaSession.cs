using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Core;
using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Text;
using SchemaGen.Core.Versioning;

namespace SchemaGen.Analyzers;

/// <summary>The schema versions of one compilation, parsed and diffed lazily and at most once.</summary>
internal sealed class SchemaSession
{
    private readonly Dictionary<string, AdditionalText> _files;
    private readonly Lazy<Dictionary<string, int>> _positions;
    private readonly Lazy<VersionOrder> _order;
    private readonly ConcurrentDictionary<string, Lazy<SchemaDocument>> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string From, string To), Lazy<Migration>> _migrations = new();

    public SchemaSession(ImmutableArray<AdditionalText> additionalFiles, string? stylePath = null)
    {
        _files = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
        foreach (var file in additionalFiles)
        {
            // The team's existing migrations (SchemaGenStyle) are read for conventions, not checked as versions.
            if (IsSchemaFile(file.Path) && !StyleFilePaths.IsStyleFile(file.Path, stylePath)) _files[file.Path] = file;
        }

        _order = new Lazy<VersionOrder>(() => VersionOrdering.Order(_files.Keys));
        _positions = new Lazy<Dictionary<string, int>>(() =>
        {
            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            var sequence = _order.Value.Sequence;
            for (var i = 0; i < sequence.Count; i++) positions[sequence[i].Path] = i;
            return positions;
        });
    }

    public void Analyze(AdditionalFileAnalysisContext context)
    {
        var path = context.AdditionalFile.Path;
        if (!_files.ContainsKey(path)) return;

        try
        {
            AnalyzeFile(context, path);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                SchemaDescriptors.Get(DiagnosticRules.InternalError),
                Location.Create(path, default, default),
                DiagnosticRules.InternalError.Format($"{exception.GetType().Name}: {exception.Message}")));
        }
    }

    private void AnalyzeFile(AdditionalFileAnalysisContext context, string path)
    {
        var cancellationToken = context.CancellationToken;
        var document = Document(path, cancellationToken);
        foreach (var diagnostic in document.Diagnostics)
        {
            Report(context, diagnostic.Rule, ToLocation(diagnostic.Location), diagnostic.Message);
        }

        if (document.HasErrors || !_positions.Value.TryGetValue(path, out var position)) return;

        // The first version migrates an empty database: nothing there can be lost or locked.
        var sequence = _order.Value.Sequence;
        var text = context.AdditionalFile.GetText(cancellationToken);
        ReportHygiene(context, text, document, position > 0 ? Document(sequence[position - 1].Path, cancellationToken) : null);
        if (position > 0)
        {
            ReportHazards(context, text, sequence[position - 1].Path, path, newerIsThisFile: true);
        }
        if (position + 1 < sequence.Count)
        {
            ReportHazards(context, text, path, sequence[position + 1].Path, newerIsThisFile: false);
        }
    }

    private void ReportHazards(AdditionalFileAnalysisContext context, SourceText? text, string fromPath, string toPath, bool newerIsThisFile)
    {
        var cancellationToken = context.CancellationToken;
        var from = Document(fromPath, cancellationToken);
        var to = Document(toPath, cancellationToken);
        if (from.HasErrors || to.HasErrors) return;

        var migration = _migrations.GetOrAdd((fromPath, toPath), key => new Lazy<Migration>(
            () => MigrationGenerator.Generate(from, to))).Value;

        var thisPath = context.AdditionalFile.Path;
        foreach (var hazard in migration.Hazards)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Location location;
            if (hazard.Location is { } source)
            {
                if (!string.Equals(source.Path, thisPath, StringComparison.Ordinal)) continue;
                if (text is not null && IsAcknowledged(text, source.Line, hazard.Id)) continue;
                location = ToLocation(source);
            }
            else
            {
                // An unlocated hazard belongs to the version that introduces it.
                if (!newerIsThisFile) continue;
                location = Location.Create(thisPath, default, default);
            }

            Report(context, hazard.Rule, location, hazard.Message);
        }
    }

    /// <summary>The opt-in SG9xxx rules, on the columns this version adds or retypes.</summary>
    private static void ReportHygiene(AdditionalFileAnalysisContext context, SourceText? text, SchemaDocument document, SchemaDocument? previous)
    {
        if (previous is { HasErrors: true }) return;
        foreach (var diagnostic in HygieneRules.Check(document, previous))
        {
            if (text is not null && IsAcknowledged(text, diagnostic.Location.Line, diagnostic.Id)) continue;
            Report(context, diagnostic.Rule, ToLocation(diagnostic.Location), diagnostic.Message);
        }
    }

    /// <summary>
    /// Reports on the file being analyzed, at the severity its <c>.editorconfig</c> section gives
    /// with <c>schemagen_diagnostic.SG####.severity</c>. The compiler applies
    /// <c>dotnet_diagnostic.*</c> entries of <c>.editorconfig</c> to source files only, never to
    /// additional files (dotnet/roslyn#31916), so per-folder severities of <c>.sql</c> diagnostics
    /// need a key of their own; <c>.globalconfig</c>, NoWarn and WarningsAsErrors still apply on top.
    /// </summary>
    private static void Report(AdditionalFileAnalysisContext context, DiagnosticRule rule, Location location, string message)
    {
        var descriptor = SchemaDescriptors.Get(rule);
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile);
        if (!options.TryGetValue(SeverityKeyPrefix + rule.Id + ".severity", out var configured))
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, message));
            return;
        }

        if (IsOff(configured)) return;
        var severity = ParseSeverity(configured) ?? descriptor.DefaultSeverity;
        // Setting a severity turns an opt-in rule on, as dotnet_diagnostic does for source files.
        if (!descriptor.IsEnabledByDefault) descriptor = EnabledCopies.GetOrAdd(descriptor.Id, _ => EnabledCopy(descriptor));
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, message));
    }

    internal const string SeverityKeyPrefix = "schemagen_diagnostic.";

    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> EnabledCopies = new(StringComparer.Ordinal);

    private static DiagnosticDescriptor EnabledCopy(DiagnosticDescriptor descriptor) => new(
        descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity,
        isEnabledByDefault: true, descriptor.Description, descriptor.HelpLinkUri, descriptor.CustomTags.ToArray());

    private static bool IsOff(string value) => value.Trim().ToLowerInvariant() is "none" or "suppress";

    /// <summary>The <c>.editorconfig</c> severity words; null for a word it does not know (the default applies).</summary>
    private static DiagnosticSeverity? ParseSeverity(string value) => value.Trim().ToLowerInvariant() switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" or "warn" => DiagnosticSeverity.Warning,
        "suggestion" or "info" => DiagnosticSeverity.Info,
        "silent" or "hidden" => DiagnosticSeverity.Hidden,
        _ => null,
    };

    private static bool IsAcknowledged(SourceText text, int line, string id) =>
        Acknowledgements.IsAcknowledged(i => i < text.Lines.Count ? text.Lines[i].ToString() : null, line, id);

    private SchemaDocument Document(string path, CancellationToken cancellationToken) =>
        _documents.GetOrAdd(path, p => new Lazy<SchemaDocument>(() =>
        {
            var text = _files[p].GetText(cancellationToken)?.ToString() ?? "";
            return SchemaDocument.Parse(p, text);
        })).Value;

    private static Location ToLocation(SourceLocation location) => Location.Create(
        location.Path,
        new TextSpan(location.Start, Math.Max(0, location.Length)),
        new LinePositionSpan(
            new LinePosition(Math.Max(0, location.Line - 1), Math.Max(0, location.Column - 1)),
            new LinePosition(Math.Max(0, location.EndLine - 1), Math.Max(0, location.EndColumn - 1))));

    private static bool IsSchemaFile(string path) => path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);
}
