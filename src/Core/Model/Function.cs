using SchemaGen.Core.Text;

namespace SchemaGen.Core.Model;

/// <summary>
/// The identity of a function or procedure: schema, name and the canonical types of the
/// arguments that select it (<c>(integer, text)</c>; OUT arguments of functions do not count).
/// </summary>
public readonly record struct FunctionKey(QualifiedName Name, string ArgTypes)
{
    /// <summary>The signature as SQL (<c>schema.name(types)</c>), for DROP, COMMENT and to_regprocedure.</summary>
    public string ToSql() => Name.ToSql() + ArgTypes;

    public override string ToString() => Name.Name + ArgTypes;
}

/// <summary>A parameter: mode (<c>in</c>, <c>out</c>, <c>inout</c>, <c>variadic</c>), name, canonical type, default.</summary>
public sealed record FunctionArg(string Mode, string? Name, string Type, Expression? Default);

/// <summary>A function or procedure with its attributes filled in with PostgreSQL's defaults.</summary>
public sealed class Function
{
    public Function(FunctionKey key, bool procedure, SourceLocation location)
    {
        Key = key;
        Procedure = procedure;
        Location = location;
    }

    public FunctionKey Key { get; }
    public bool Procedure { get; }
    public List<FunctionArg> Args { get; } = new();

    /// <summary>The result as <c>pg_get_function_result</c> prints it (<c>SETOF integer</c>, <c>TABLE(a integer)</c>); null for procedures.</summary>
    public string? Returns { get; set; }

    /// <summary>The user types (tables' row types included) the arguments and result name.</summary>
    public List<QualifiedName> UsedTypes { get; } = new();

    public string Language { get; set; } = "sql";
    public char Volatility { get; set; } = 'v';
    public bool Strict { get; set; }
    public bool SecurityDefiner { get; set; }
    public bool Leakproof { get; set; }
    public char Parallel { get; set; } = 'u';
    public string Cost { get; set; } = "100";
    public string Rows { get; set; } = "0";
    public bool Window { get; set; }

    /// <summary>SET clauses: name and the value as written (null for FROM CURRENT), compared on a normalised form.</summary>
    public List<(string Name, string? Value, string? Normalized)> Settings { get; } = new();

    /// <summary>The body as the file wrote it (string tokens with their quotes, or the SQL-standard body).</summary>
    public string BodySql { get; set; } = "";

    /// <summary>What decides whether two bodies are the same: the stored string values, or the SQL-standard body text.</summary>
    public string BodyKey { get; set; } = "";

    public bool SqlStandardBody { get; set; }
    public SourceLocation Location { get; set; }
}
