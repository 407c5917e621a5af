namespace SchemaGen.Core.Diagnostics;

/// <summary>How serious a diagnostic is by default; mirrors Roslyn's severities.</summary>
public enum Severity
{
    Hidden,
    Info,
    Warning,
    Error,
}
