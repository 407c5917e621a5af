namespace SchemaGen.Core.Syntax;

/// <summary>One parameter of a function or procedure; <see cref="Mode"/> is <c>in</c>, <c>out</c>, <c>inout</c> or <c>variadic</c>.</summary>
public sealed record FunctionArgSyntax(string Mode, string? Name, TypeSyntax Type, ExpressionSyntax? Default, int Start, int End)
    : SyntaxNode(Start, End);

/// <summary>A column of <c>RETURNS TABLE (...)</c>.</summary>
public sealed record ReturnColumnSyntax(string Name, TypeSyntax Type);

/// <summary>
/// CREATE FUNCTION / PROCEDURE. The body is kept as its source text (<see cref="BodySql"/>: the
/// string tokens, or the SQL-standard <c>RETURN ...</c> / <c>BEGIN ATOMIC ... END</c> text) and,
/// for string bodies, as the values PostgreSQL stores (<see cref="BodyValues"/>).
/// </summary>
public sealed record CreateFunctionSyntax(
    NameSyntax Name,
    bool Procedure,
    bool OrReplace,
    IReadOnlyList<FunctionArgSyntax> Args,
    int Start,
    int End) : StatementSyntax(Start, End)
{
    public TypeSyntax? Returns { get; init; }
    public bool ReturnsSetOf { get; init; }
    public IReadOnlyList<ReturnColumnSyntax>? ReturnsTable { get; init; }
    public string? Language { get; init; }
    public char? Volatility { get; init; }
    public bool? Strict { get; init; }
    public bool? SecurityDefiner { get; init; }
    public bool? Leakproof { get; init; }
    public char? Parallel { get; init; }
    public string? Cost { get; init; }
    public string? Rows { get; init; }
    public bool Window { get; init; }
    /// <summary>SET clauses as <c>(name, value text)</c>; value is null for FROM CURRENT.</summary>
    public IReadOnlyList<(string Name, string? Value)> Settings { get; init; } = Array.Empty<(string, string?)>();
    public string? BodySql { get; init; }
    public IReadOnlyList<string> BodyValues { get; init; } = Array.Empty<string>();
    public bool SqlStandardBody { get; init; }
}

/// <summary>A function or procedure named in DROP or COMMENT; <see cref="Args"/> is null when no list was given.</summary>
public sealed record RoutineRefSyntax(NameSyntax Name, IReadOnlyList<FunctionArgSyntax>? Args, int Start, int End) : SyntaxNode(Start, End);

public sealed record DropRoutineSyntax(bool Procedure, IReadOnlyList<RoutineRefSyntax> Routines, bool IfExists, int Start, int End)
    : StatementSyntax(Start, End);

/// <summary>One event of a trigger: <c>insert</c>, <c>update</c> (with optional columns), <c>delete</c> or <c>truncate</c>.</summary>
public sealed record TriggerEventSyntax(string Event, IReadOnlyList<string> Columns);

public sealed record CreateTriggerSyntax(
    string Name,
    NameSyntax Table,
    bool OrReplace,
    bool Constraint,
    string Timing,
    IReadOnlyList<TriggerEventSyntax> Events,
    bool ForEachRow,
    NameSyntax Function,
    IReadOnlyList<string> Arguments,
    int Start,
    int End) : StatementSyntax(Start, End)
{
    public NameSyntax? FromTable { get; init; }
    public bool Deferrable { get; init; }
    public bool InitiallyDeferred { get; init; }
    public string? OldTable { get; init; }
    public string? NewTable { get; init; }
    public ExpressionSyntax? When { get; init; }
}

/// <summary>DROP TRIGGER / DROP POLICY: objects that belong to a table.</summary>
public sealed record DropTableMemberSyntax(ObjectKind Kind, string Name, NameSyntax Table, bool IfExists, int Start, int End)
    : StatementSyntax(Start, End);

/// <summary>ALTER TABLE ENABLE/DISABLE [REPLICA|ALWAYS] TRIGGER; <see cref="Name"/> is null for ALL/USER. State is <c>pg_trigger.tgenabled</c>.</summary>
public sealed record SetTriggerStateSyntax(string? Name, char State, int Start, int End) : AlterTableActionSyntax(Start, End);

public sealed record CreatePolicySyntax(
    string Name,
    NameSyntax Table,
    bool Permissive,
    string Command,
    IReadOnlyList<string> Roles,
    ExpressionSyntax? Using,
    ExpressionSyntax? Check,
    int Start,
    int End) : StatementSyntax(Start, End);

public sealed record AlterPolicySyntax(string Name, NameSyntax Table, int Start, int End) : StatementSyntax(Start, End)
{
    public string? RenameTo { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public ExpressionSyntax? Using { get; init; }
    public ExpressionSyntax? Check { get; init; }
}
