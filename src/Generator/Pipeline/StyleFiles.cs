using System.Collections.Immutable;
using SchemaGen.Analyzers;
using SchemaGen.Core.Formatting;
using SchemaGen.Generator.Models;

namespace SchemaGen.Generator.Pipeline;

/// <summary>
/// The team's existing migrations named by <c>SchemaGenStyle</c>: AdditionalFiles like the schema
/// versions, told apart by path, and read for their conventions instead of being versions.
/// </summary>
internal static class StyleFiles
{
    public static bool IsStyleFile(string path, string? stylePath) => StyleFilePaths.IsStyleFile(path, stylePath);

    /// <summary>What the style files say about the SQL; the defaults when there are none.</summary>
    public static SqlConventions Extract(ImmutableArray<SchemaFile> files, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (files.IsEmpty) return SqlConventions.None;
        var samples = files
            .Where(f => f.Text is not null)
            .Select(f => new MigrationSample(FileName(f.Path), f.Text!));
        var style = StyleExtractor.Extract(samples);
        return new SqlConventions(style.Idempotent, style.KeywordCase);
    }

    private static string FileName(string path) => path.Substring(path.Replace('\\', '/').LastIndexOf('/') + 1);
}
