using SchemaGen.Core.Model;
using SchemaGen.Core.Syntax;
using SchemaGen.Core.Writing;

namespace SchemaGen.Core.Diagnostics;

/// <summary>
/// The opt-in SG9xxx rules: column types a team may want to avoid. Only the columns a version
/// adds or retypes are reported, because the versions before it are history that cannot change.
/// </summary>
public static class HygieneRules
{
    /// <param name="document">The version to check.</param>
    /// <param name="previous">The version before <paramref name="document"/>, or null for the first one.</param>
    public static IReadOnlyList<SchemaDiagnostic> Check(SchemaDocument document, SchemaDocument? previous)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        foreach (var table in document.Catalog.Tables.Values)
        {
            var oldTable = previous?.Catalog.Tables.Find(table.Name);
            var keyColumns = new HashSet<string>(
                table.Constraints.Where(c => c.Kind is ConstraintKind.PrimaryKey or ConstraintKind.ForeignKey).SelectMany(c => c.Columns),
                StringComparer.Ordinal);
            foreach (var column in table.Columns)
            {
                if (column.Inherited || column.Location.Path != document.Path) continue;
                var oldColumn = oldTable?.FindColumn(column.RenamedFrom ?? column.Name) ?? oldTable?.FindColumn(column.Name);
                if (oldColumn != null && oldColumn.Type.Sql == column.Type.Sql && oldColumn.SerialType == column.SerialType) continue;
                Check(diagnostics, table, column, keyColumns.Contains(column.Name));
            }
        }
        return diagnostics;
    }

    private static void Check(List<SchemaDiagnostic> diagnostics, Table table, Column column, bool isKey)
    {
        var label = $"{table.Name.ToSql()}.{SqlText.Name(column.Name)}";
        var type = column.Type.Sql;
        void Report(DiagnosticRule rule, params object[] args) =>
            diagnostics.Add(new SchemaDiagnostic(rule, rule.Format(args), column.Location));

        if (isKey && type is "integer" or "smallint")
            Report(DiagnosticRules.PreferBigint, label, column.SerialType ?? type);
        if (column.SerialType != null)
            Report(DiagnosticRules.PreferIdentity, label, column.SerialType);
        if (type.StartsWith("timestamp", StringComparison.Ordinal) && type.EndsWith("without time zone", StringComparison.Ordinal))
            Report(DiagnosticRules.PreferTimestamptz, label);
        if (type.StartsWith("character varying(", StringComparison.Ordinal))
            Report(DiagnosticRules.PreferText, label, type);
    }
}
