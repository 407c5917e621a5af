using SchemaGen.Core;

namespace SchemaGen.Generator.Models;

/// <summary>
/// One schema file after parsing. Equality is by path and text only: the document is a pure
/// function of them, so two equal inputs are interchangeable, and carrying the document here is
/// what lets every pair that uses this file reuse one parse.
/// </summary>
internal sealed class ParsedSchema : IEquatable<ParsedSchema>
{
    private ParsedSchema(string path, string? text, SchemaDocument? document, DiagnosticInfo? failure)
    {
        Path = path;
        Text = text;
        Document = document;
        Failure = failure;
    }

    public string Path { get; }

    public string? Text { get; }

    /// <summary>Null when the file could not be read or the engine failed on it.</summary>
    public SchemaDocument? Document { get; }

    /// <summary>SG0099 when the file could not be read or parsing threw.</summary>
    public DiagnosticInfo? Failure { get; }

    /// <summary>Whether migrations may be generated from this file.</summary>
    public bool IsUsable => Document is { HasErrors: false };

    public static ParsedSchema Parse(SchemaFile file, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (file.Text is null)
        {
            return new ParsedSchema(file.Path, null, null, new DiagnosticInfo(
                Core.Diagnostics.DiagnosticRules.InternalError.Id,
                Core.Diagnostics.DiagnosticRules.InternalError.Format("the file could not be read"),
                LocationInfo.StartOf(file.Path)));
        }

        try
        {
            return new ParsedSchema(file.Path, file.Text, SchemaDocument.Parse(file.Path, file.Text), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ParsedSchema(file.Path, file.Text, null, DiagnosticInfo.InternalError(file.Path, exception));
        }
    }

    public bool Equals(ParsedSchema? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Path, other.Path, StringComparison.Ordinal)
                && string.Equals(Text, other.Text, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as ParsedSchema);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);
}
