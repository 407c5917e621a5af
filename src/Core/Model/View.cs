using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>A view or materialized view: its query is kept as text and compared on its normalised form.</summary>
public sealed class View
{
    public View(QualifiedName name, bool materialized, Expression query, SourceLocation location)
    {
        Name = name;
        Materialized = materialized;
        Query = query;
        Location = location;
    }

    public QualifiedName Name { get; set; }
    public bool Materialized { get; }
    public bool Recursive { get; set; }
    public Expression Query { get; set; }

    /// <summary>The column names written after the view name, empty when none were.</summary>
    public IReadOnlyList<string> ColumnNames { get; set; } = Array.Empty<string>();

    /// <summary>Options as <c>name=value</c>, sorted (WITH CHECK OPTION is <c>check_option=cascaded</c>, as PostgreSQL stores it).</summary>
    public List<string> Options { get; set; } = new();

    /// <summary>Access method of a materialized view, null for the default.</summary>
    public string? Method { get; set; }

    public bool WithNoData { get; set; }

    /// <summary>
    /// The normalised items of the query's top-level select list, in order; null when it cannot
    /// be read (<c>*</c>, a parenthesised first operand, VALUES, ...). Equal items select equal
    /// columns, which is what CREATE OR REPLACE VIEW needs of the old ones.
    /// </summary>
    public IReadOnlyList<string>? SelectItems { get; set; }

    /// <summary>Tables and views the query names (approximated from its identifiers).</summary>
    public HashSet<QualifiedName> Relations { get; } = new();

    /// <summary>Columns of those tables the query names.</summary>
    public HashSet<(QualifiedName Table, string Column)> Columns { get; } = new();

    public SourceLocation Location { get; set; }
}
