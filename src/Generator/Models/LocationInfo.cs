using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Core.Text;

namespace SchemaGen.Generator.Models;

/// <summary>
/// A location as plain values: a <see cref="Location"/> in a cached model would keep old
/// compilations alive and never compare equal across runs.
/// </summary>
internal sealed record LocationInfo(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>Zero-based lines and columns, as Roslyn counts them.</summary>
    public static LocationInfo From(SourceLocation location) => new(
        location.Path, location.Start, location.Length,
        location.Line - 1, location.Column - 1, location.EndLine - 1, location.EndColumn - 1);

    public static LocationInfo StartOf(string path) => new(path, 0, 0, 0, 0, 0, 0);

    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}
