namespace SchemaGen.Core.Syntax;

/// <summary>CREATE TYPE name AS ENUM (...).</summary>
public sealed record CreateEnumSyntax(NameSyntax Name, IReadOnlyList<string> Labels, int Start, int End) : StatementSyntax(Start, End);

/// <summary>One attribute of a composite type.</summary>
public sealed record AttributeSyntax(string Name, TypeSyntax Type, NameSyntax? Collation, int Start, int End) : SyntaxNode(Start, End);

/// <summary>CREATE TYPE name AS (attribute type, ...).</summary>
public sealed record CreateCompositeSyntax(NameSyntax Name, IReadOnlyList<AttributeSyntax> Attributes, int Start, int End)
    : StatementSyntax(Start, End);

/// <summary>
/// CREATE DOMAIN. <see cref="Constraints"/> holds NOT NULL, NULL and CHECK constraints in the
/// order written (CHECK names are generated in that order).
/// </summary>
public sealed record CreateDomainSyntax(
    NameSyntax Name,
    TypeSyntax BaseType,
    NameSyntax? Collation,
    ExpressionSyntax? Default,
    IReadOnlyList<ConstraintSyntax> Constraints,
    int Start,
    int End) : StatementSyntax(Start, End);

/// <summary>ALTER TYPE with its actions, applied in order.</summary>
public sealed record AlterTypeSyntax(NameSyntax Name, bool IfExists, IReadOnlyList<AlterTypeActionSyntax> Actions, int Start, int End)
    : StatementSyntax(Start, End);

public abstract record AlterTypeActionSyntax(int Start, int End) : SyntaxNode(Start, End);

/// <summary>ADD VALUE; <see cref="Neighbor"/> is the label given after BEFORE or AFTER.</summary>
public sealed record AddEnumValueSyntax(string Label, bool IfNotExists, string? Neighbor, bool Before, int Start, int End)
    : AlterTypeActionSyntax(Start, End);

public sealed record RenameEnumValueSyntax(string From, string To, int Start, int End) : AlterTypeActionSyntax(Start, End);

public sealed record AddAttributeSyntax(AttributeSyntax Attribute, int Start, int End) : AlterTypeActionSyntax(Start, End);

public sealed record DropAttributeSyntax(string Attribute, bool IfExists, int Start, int End) : AlterTypeActionSyntax(Start, End);

public sealed record AlterAttributeTypeSyntax(string Attribute, TypeSyntax Type, NameSyntax? Collation, int Start, int End)
    : AlterTypeActionSyntax(Start, End);

public sealed record RenameAttributeSyntax(string From, string To, int Start, int End) : AlterTypeActionSyntax(Start, End);

/// <summary>RENAME TO of a type or domain.</summary>
public sealed record RenameTypeSyntax(string To, int Start, int End) : AlterTypeActionSyntax(Start, End);

/// <summary>SET SCHEMA of a type or domain.</summary>
public sealed record SetTypeSchemaSyntax(string Schema, int Start, int End) : AlterTypeActionSyntax(Start, End);

/// <summary>An action that changes nothing SchemaGen models (OWNER TO).</summary>
public sealed record IgnoredTypeActionSyntax(int Start, int End) : AlterTypeActionSyntax(Start, End);

/// <summary>ALTER DOMAIN with its one action.</summary>
public sealed record AlterDomainSyntax(NameSyntax Name, AlterTypeActionSyntax Action, int Start, int End) : StatementSyntax(Start, End);

public sealed record SetDomainDefaultSyntax(ExpressionSyntax? Default, int Start, int End) : AlterTypeActionSyntax(Start, End);

public sealed record SetDomainNotNullSyntax(bool NotNull, int Start, int End) : AlterTypeActionSyntax(Start, End);

public sealed record AddDomainConstraintSyntax(ConstraintSyntax Constraint, int Start, int End) : AlterTypeActionSyntax(Start, End);

public sealed record DropDomainConstraintSyntax(string Name, bool IfExists, int Start, int End) : AlterTypeActionSyntax(Start, End);

public sealed record RenameDomainConstraintSyntax(string From, string To, int Start, int End) : AlterTypeActionSyntax(Start, End);

public sealed record ValidateDomainConstraintSyntax(string Name, int Start, int End) : AlterTypeActionSyntax(Start, End);
