namespace SchemaGen.Core.Model;

/// <summary>
/// An expression: <see cref="Text"/> as the file wrote it (what SQL output reuses) and
/// <see cref="Normalized"/>, the form two expressions are compared on.
/// </summary>
public sealed record Expression(string Text, string Normalized)
{
    public bool Equals(Expression? other) => other is not null && Normalized == other.Normalized;

    public override int GetHashCode() => Normalized.GetHashCode();
}
