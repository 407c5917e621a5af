namespace SchemaGen.Core.Syntax;

/// <summary>A top-level statement of a schema file.</summary>
public abstract record StatementSyntax(int Start, int End) : SyntaxNode(Start, End);

/// <summary>A statement SchemaGen reads but that defines nothing it manages (SET, GRANT, ...).</summary>
public sealed record IgnoredStatementSyntax(string Description, int Start, int End) : StatementSyntax(Start, End);

public sealed record CreateSchemaSyntax(string Name, bool IfNotExists, int Start, int End) : StatementSyntax(Start, End);

public sealed record CreateExtensionSyntax(string Name, bool IfNotExists, string? Schema, string? Version, int Start, int End)
    : StatementSyntax(Start, End);

public sealed record CreateSequenceSyntax(NameSyntax Name, bool IfNotExists, SequenceOptionsSyntax Options, bool Unlogged, int Start, int End)
    : StatementSyntax(Start, End);

public sealed record AlterSequenceSyntax(NameSyntax Name, bool IfExists, SequenceOptionsSyntax Options, int Start, int End)
    : StatementSyntax(Start, End);

/// <summary>CREATE TABLE with its columns and table constraints.</summary>
public sealed record CreateTableSyntax(
    NameSyntax Name,
    bool IfNotExists,
    char Persistence,
    IReadOnlyList<ColumnSyntax> Columns,
    IReadOnlyList<ConstraintSyntax> Constraints,
    int Start,
    int End) : StatementSyntax(Start, End)
{
    public IReadOnlyList<string> WithOptions { get; init; } = Array.Empty<string>();
    public IReadOnlyList<NameSyntax> Inherits { get; init; } = Array.Empty<NameSyntax>();
    /// <summary>The partition key after PARTITION BY, e.g. <c>RANGE (created_at)</c>.</summary>
    public ExpressionSyntax? PartitionBy { get; init; }

    public NameSyntax? PartitionOf { get; init; }

    /// <summary>The bound after PARTITION OF: <c>FOR VALUES ...</c> or <c>DEFAULT</c>.</summary>
    public ExpressionSyntax? PartitionBound { get; init; }
}

/// <summary>CREATE INDEX.</summary>
public sealed record CreateIndexSyntax(
    string? Name,
    NameSyntax Table,
    bool Unique,
    bool Concurrently,
    bool IfNotExists,
    bool Only,
    string Method,
    IReadOnlyList<IndexElementSyntax> Elements,
    IReadOnlyList<string> Include,
    bool NullsNotDistinct,
    IReadOnlyList<string> WithOptions,
    ExpressionSyntax? Where,
    int NameStart,
    int Start,
    int End) : StatementSyntax(Start, End);

public enum ObjectKind
{
    Schema,
    Extension,
    Table,
    Column,
    Index,
    Sequence,
    Constraint,
    View,
    MaterializedView,
    Type,
    Domain,
    Function,
    Procedure,
    Trigger,
    Policy,
    Collation,
}

/// <summary>DROP of one or more objects of one kind.</summary>
public sealed record DropSyntax(ObjectKind Kind, IReadOnlyList<NameSyntax> Names, bool IfExists, bool Cascade, int Start, int End)
    : StatementSyntax(Start, End);

/// <summary>COMMENT ON; <see cref="Text"/> is null for <c>IS NULL</c>.</summary>
public sealed record CommentSyntax(ObjectKind Kind, NameSyntax Target, NameSyntax? OnTable, string? Text, int Start, int End)
    : StatementSyntax(Start, End)
{
    /// <summary>COMMENT ON CONSTRAINT ... ON DOMAIN: <see cref="OnTable"/> names a domain.</summary>
    public bool OnDomain { get; init; }

    /// <summary>The argument list of a function or procedure, when one was given.</summary>
    public IReadOnlyList<FunctionArgSyntax>? Args { get; init; }
}

/// <summary>ALTER TABLE with its actions, applied in order.</summary>
public sealed record AlterTableSyntax(NameSyntax Table, bool IfExists, IReadOnlyList<AlterTableActionSyntax> Actions, int Start, int End)
    : StatementSyntax(Start, End);

public abstract record AlterTableActionSyntax(int Start, int End) : SyntaxNode(Start, End);

public sealed record AddColumnSyntax(ColumnSyntax Column, bool IfNotExists, int Start, int End) : AlterTableActionSyntax(Start, End);

public sealed record DropColumnSyntax(string Column, bool IfExists, int Start, int End) : AlterTableActionSyntax(Start, End);

public sealed record AddConstraintSyntax(ConstraintSyntax Constraint, int Start, int End) : AlterTableActionSyntax(Start, End);

public sealed record DropConstraintSyntax(string Name, bool IfExists, int Start, int End) : AlterTableActionSyntax(Start, End);

public sealed record RenameColumnSyntax(string From, string To, int Start, int End) : AlterTableActionSyntax(Start, End);

public sealed record RenameTableSyntax(string To, int Start, int End) : AlterTableActionSyntax(Start, End);

public sealed record RenameConstraintSyntax(string From, string To, int Start, int End) : AlterTableActionSyntax(Start, End);

public enum ColumnAlteration
{
    SetDefault,
    DropDefault,
    SetNotNull,
    DropNotNull,
    SetType,
    AddIdentity,
    DropIdentity,
    SetIdentityOptions,
    DropExpression,
}

public sealed record AlterColumnSyntax(string Column, ColumnAlteration Alteration, int Start, int End) : AlterTableActionSyntax(Start, End)
{
    public ExpressionSyntax? Expression { get; init; }
    public TypeSyntax? Type { get; init; }
    public NameSyntax? Collation { get; init; }
    public bool IdentityAlways { get; init; }
    public SequenceOptionsSyntax? SequenceOptions { get; init; }
}

public enum TableFlag
{
    EnableRowSecurity,
    DisableRowSecurity,
    ForceRowSecurity,
    NoForceRowSecurity,
    SetLogged,
    SetUnlogged,
}

public sealed record SetTableFlagSyntax(TableFlag Flag, int Start, int End) : AlterTableActionSyntax(Start, End);

public sealed record SetTableOptionsSyntax(IReadOnlyList<string> Options, bool Reset, int Start, int End) : AlterTableActionSyntax(Start, End);

/// <summary>REPLICA IDENTITY: DEFAULT, FULL, NOTHING or USING INDEX name.</summary>
public sealed record SetReplicaIdentitySyntax(string Identity, int Start, int End) : AlterTableActionSyntax(Start, End);

/// <summary>ALTER TABLE ... INHERIT parent, or NO INHERIT parent.</summary>
public sealed record SetInheritanceSyntax(NameSyntax Parent, bool Remove, int Start, int End) : AlterTableActionSyntax(Start, End);

/// <summary>An ALTER TABLE action that changes nothing SchemaGen models (OWNER TO, SET TABLESPACE, ...).</summary>
public sealed record IgnoredActionSyntax(int Start, int End) : AlterTableActionSyntax(Start, End);

/// <summary>ALTER INDEX ... RENAME TO.</summary>
public sealed record RenameIndexSyntax(NameSyntax Index, string To, int Start, int End) : StatementSyntax(Start, End);
