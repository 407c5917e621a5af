using System.Security.Cryptography;
using System.Text;
using SchemaGen.Core;
using SchemaGen.Core.Formatting;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Models;

namespace SchemaGen.Generator.Pipeline;

/// <summary>Diffs one pair of versions into the values the emitter writes.</summary>
internal static class MigrationBuilder
{
    public static MigrationModel Build(MigrationPair pair, WriteOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var to = pair.ToVersion;
        var skeleton = new MigrationModel(
            Id: to.Id,
            ClassName: Identifiers.MigrationClassName(to.Id),
            Name: $"{pair.FromVersion?.Name ?? "(empty)"} -> {to.Name}",
            Number: to.Number,
            FromName: pair.FromVersion?.Name,
            FromFile: pair.FromVersion?.FileName,
            ToName: to.Name,
            ToFile: to.FileName,
            Up: "",
            Down: "",
            Checksum: "",
            IsTransactional: true,
            Changes: EquatableArray<string>.Empty,
            Hazards: EquatableArray<string>.Empty,
            IsGenerated: false,
            Diagnostic: null);

        // Parse errors are the analyzer's to report; a failed read or parse was reported by the plan.
        var from = pair.From is null ? SchemaDocument.Empty : pair.From.IsUsable ? pair.From.Document : null;
        if (from is null || !pair.To.IsUsable) return skeleton;

        try
        {
            var migration = MigrationGenerator.Generate(from, pair.To.Document!, new MigrationOptions { Idempotent = options.Idempotent });
            var spelling = new MigrationStyle { KeywordCase = options.KeywordCase };
            var up = spelling.SpellKeywords(migration.Up);
            return skeleton with
            {
                Up = up,
                Down = spelling.SpellKeywords(migration.Down),
                Checksum = Sha256Hex(up),
                IsTransactional = migration.IsTransactional,
                Changes = migration.Changes.ToEquatableArray(),
                Hazards = migration.Hazards.Select(h => $"{h.Id}: {h.Message}").ToEquatableArray(),
                IsGenerated = true,
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return skeleton with { Diagnostic = DiagnosticInfo.InternalError(pair.To.Path, exception) };
        }
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes, as the runtime recomputes it.</summary>
    public static string Sha256Hex(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash) builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
