namespace SchemaGen.Analyzers;

/// <summary>
/// Which <c>.sql</c> AdditionalFiles are the team's existing migrations named by the
/// <c>SchemaGenStyle</c> MSBuild setting, rather than schema versions. Shared (linked) with the
/// generator, so that both skip the same files.
/// </summary>
internal static class StyleFilePaths
{
    /// <summary>The MSBuild property holding the style file or folder as a full path (resolved by the build targets).</summary>
    public const string PropertyName = "SchemaGenStyleFullPath";

    /// <summary>
    /// Whether <paramref name="path"/> is the style file, or a file directly in the style folder
    /// (the build targets add only those).
    /// </summary>
    public static bool IsStyleFile(string path, string? stylePath)
    {
        if (stylePath is null || stylePath.Trim().Length == 0) return false;
        var file = path.Replace('\\', '/');
        var style = stylePath.Trim().Replace('\\', '/');
        if (string.Equals(file, style, StringComparison.Ordinal)) return true;
        var slash = file.LastIndexOf('/');
        return slash >= 0 && string.Equals(file.Substring(0, slash), style.TrimEnd('/'), StringComparison.Ordinal);
    }
}
