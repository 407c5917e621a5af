namespace SchemaGen.Core.Diagnostics;

/// <summary>
/// One entry of the diagnostic catalogue: the same rule is reported by the analyzers,
/// the generator and the CLI.
/// </summary>
public sealed record DiagnosticRule(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity,
    bool EnabledByDefault = true)
{
    /// <summary>Where the rule is explained: what it means and how to act on it.</summary>
    public string HelpLink => $"https://github.com/schemagen/schemagen/blob/main/docs/diagnostics/{Id}.md";

    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
