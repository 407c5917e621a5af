using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Generator.Models;

/// <summary>A diagnostic to report, kept as values until the output stage.</summary>
internal sealed record DiagnosticInfo(string RuleId, string Message, LocationInfo Location)
{
    public static DiagnosticInfo From(SchemaDiagnostic diagnostic) =>
        new(diagnostic.Id, diagnostic.Message, LocationInfo.From(diagnostic.Location));

    public static DiagnosticInfo InternalError(string path, Exception exception) => new(
        DiagnosticRules.InternalError.Id,
        DiagnosticRules.InternalError.Format($"{exception.GetType().Name}: {exception.Message}"),
        LocationInfo.StartOf(path));
}
