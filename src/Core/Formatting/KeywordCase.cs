namespace SchemaGen.Core.Formatting;

/// <summary>How SQL keywords are spelled in a written migration.</summary>
public enum KeywordCase
{
    /// <summary>Keywords are written as the engine produced them.</summary>
    Preserve,
    Upper,
    Lower,
}
