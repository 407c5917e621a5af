namespace SchemaGen.Core.Text;

/// <summary>
/// A place in a schema file: the path, the character span and the 1-based line and column
/// of its start and end. A value type of plain data so that it can sit in cached generator models.
/// </summary>
public readonly record struct SourceLocation(
    string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The conventional <c>file:line:column</c> form used in messages.</summary>
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
