using System.Collections.Immutable;
using SchemaGen.Core.Versioning;
using SchemaGen.Generator.Models;

namespace SchemaGen.Generator.Pipeline;

/// <summary>Orders the parsed files into versions and pairs each version with its predecessor.</summary>
internal static class VersionPlanner
{
    public static VersionPlan Plan(ImmutableArray<ParsedSchema> files, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var byPath = new Dictionary<string, ParsedSchema>(StringComparer.Ordinal);
        foreach (var file in files) byPath[file.Path] = file;

        var order = VersionOrdering.Order(byPath.Keys);
        var diagnostics = order.Diagnostics.Select(DiagnosticInfo.From).ToList();
        diagnostics.AddRange(byPath.Values
            .Where(f => f.Failure is not null)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => f.Failure!));

        var pairs = new List<MigrationPair>(order.Sequence.Count);
        VersionInfo? previousVersion = null;
        ParsedSchema? previous = null;
        foreach (var version in order.Sequence)
        {
            var info = new VersionInfo(version.Id, version.Name, FileName(version.Path), version.Number);
            var current = byPath[version.Path];
            pairs.Add(new MigrationPair(previousVersion, previous, info, current));
            previousVersion = info;
            previous = current;
        }

        return new VersionPlan(pairs.ToEquatableArray(), diagnostics.ToEquatableArray(), byPath.Count > 0);
    }

    // Only the file name goes into generated code: full paths differ between machines.
    private static string FileName(string path) =>
        path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
}
