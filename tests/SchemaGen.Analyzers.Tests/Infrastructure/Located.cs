using Microsoft.CodeAnalysis;

namespace SchemaGen.Analyzers.Tests.Infrastructure;

/// <summary>A diagnostic as a user reads it: ID, file, 1-based line and column.</summary>
internal readonly record struct Located(string Id, string Path, int Line, int Column)
{
    public static Located Of(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new Located(diagnostic.Id, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="marker"/>.</summary>
    public static (int Line, int Column) Find(string text, string marker)
    {
        var offset = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{marker}' not found");
        var before = text.Substring(0, offset);
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
