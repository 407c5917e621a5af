using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Generator.Emit;

internal static class Identifiers
{
    /// <summary>
    /// <c>002_schema-v2</c> becomes <c>Migration_002_schema_v2</c>. ASCII only, because the
    /// class name is also the generated file's hint name.
    /// </summary>
    public static string MigrationClassName(string id)
    {
        var builder = new StringBuilder("Migration_", id.Length + 10);
        foreach (var c in id)
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '_');
        }
        return builder.ToString();
    }

    public static bool IsValidNamespace(string value) =>
        value.Length > 0
        && value.Split('.').All(part =>
            SyntaxFacts.IsValidIdentifier(part)
            && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
