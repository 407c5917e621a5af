using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Text;

namespace SchemaGen.Core;

/// <summary>
/// What a change does to a database that holds rows (data loss, a rewrite, a lock, a
/// validation that can fail), attached where the change is planned.
/// </summary>
public sealed record Hazard(DiagnosticRule Rule, string Message, string ObjectName, SourceLocation? Location)
{
    public string Id => Rule.Id;
}
