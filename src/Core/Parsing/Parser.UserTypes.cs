using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

public sealed partial class Parser
{
    /// <summary>CREATE TYPE, after the TYPE keyword: enums and composite types.</summary>
    private StatementSyntax ParseCreateType(int first, int start)
    {
        var name = ParseName("a type name");
        if (!AcceptKw("as"))
            throw Unsupported(first, 2, "only enum (AS ENUM) and composite (AS (...)) types are supported");
        if (AcceptKw("enum"))
        {
            Expect(TokenKind.OpenParen, "'(' and the enum labels");
            var labels = new List<string>();
            if (Current.Kind != TokenKind.CloseParen)
            {
                do labels.Add(ExpectString("an enum label (a string literal)"));
                while (Accept(TokenKind.Comma));
            }
            Expect(TokenKind.CloseParen, "',' or ')' after an enum label");
            return new CreateEnumSyntax(name, labels, start, PreviousEnd);
        }
        if (IsKw("range") || IsKw("multirange"))
            throw Unsupported(first, 2, "range types are not supported yet");
        Expect(TokenKind.OpenParen, "ENUM or '(' and the attributes of a composite type");
        var attributes = new List<AttributeSyntax>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            do attributes.Add(ParseAttribute());
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.CloseParen, "',' or ')' in the attribute list");
        return new CreateCompositeSyntax(name, attributes, start, PreviousEnd);
    }

    private AttributeSyntax ParseAttribute()
    {
        var start = Current.Start;
        var name = ExpectIdentifier("an attribute name");
        var type = ParseType();
        var collation = AcceptKw("collate") ? ParseName("a collation name") : null;
        return new AttributeSyntax(name, type, collation, start, PreviousEnd);
    }

    /// <summary>CREATE DOMAIN, after the DOMAIN keyword.</summary>
    private StatementSyntax ParseCreateDomain(int start)
    {
        var name = ParseName("a domain name");
        AcceptKw("as");
        var baseType = ParseType();
        NameSyntax? collation = null;
        ExpressionSyntax? @default = null;
        var constraints = new List<ConstraintSyntax>();
        while (Current.Kind is not (TokenKind.Semicolon or TokenKind.EndOfFile))
        {
            if (AcceptKw("collate")) collation = ParseName("a collation name");
            else if (AcceptKw("default")) @default = ParseExpression(ExpressionContext.ColumnDefault);
            else constraints.Add(ParseDomainConstraint(allowNull: true));
        }
        return new CreateDomainSyntax(name, baseType, collation, @default, constraints, start, PreviousEnd);
    }

    /// <summary><c>[CONSTRAINT name] NOT NULL | NULL | CHECK (expr) [NOT VALID]</c>.</summary>
    private ConstraintSyntax ParseDomainConstraint(bool allowNull)
    {
        var start = Current.Start;
        string? name = null;
        if (AcceptKw("constraint")) name = ExpectIdentifier("a constraint name");
        if (AcceptKws("not", "null")) return new ConstraintSyntax(ConstraintKind.NotNull, name, start, PreviousEnd);
        if (allowNull && AcceptKw("null")) return new ConstraintSyntax(ConstraintKind.Null, name, start, PreviousEnd);
        if (AcceptKw("check"))
        {
            var expression = ParseParenthesizedExpression();
            var notValid = AcceptKws("not", "valid");
            return new ConstraintSyntax(ConstraintKind.Check, name, start, PreviousEnd) { Expression = expression, NotValid = notValid };
        }
        throw Error($"expected NOT NULL, NULL or CHECK in the domain definition but found {Describe(Current)}");
    }

    /// <summary>ALTER TYPE, after the TYPE keyword.</summary>
    private StatementSyntax ParseAlterType(int first, int start)
    {
        var name = ParseName("a type name");
        var actions = new List<AlterTypeActionSyntax>();
        var actionStart = Current.Start;
        if (AcceptKws("add", "value"))
        {
            var ifNotExists = AcceptKws("if", "not", "exists");
            var label = ExpectString("the new enum label (a string literal)");
            string? neighbor = null;
            var before = false;
            if (AcceptKw("before")) { before = true; neighbor = ExpectString("an existing enum label"); }
            else if (AcceptKw("after")) neighbor = ExpectString("an existing enum label");
            actions.Add(new AddEnumValueSyntax(label, ifNotExists, neighbor, before, actionStart, PreviousEnd));
        }
        else if (AcceptKws("rename", "value"))
        {
            var from = ExpectString("an enum label");
            ExpectKw("to");
            actions.Add(new RenameEnumValueSyntax(from, ExpectString("the new enum label"), actionStart, PreviousEnd));
        }
        else if (AcceptKws("rename", "attribute"))
        {
            var from = ExpectIdentifier("an attribute name");
            ExpectKw("to");
            var to = ExpectIdentifier("the new attribute name");
            AcceptCascadeOrRestrict();
            actions.Add(new RenameAttributeSyntax(from, to, actionStart, PreviousEnd));
        }
        else if (IsKw("rename") || IsKw("owner") || IsKw("set"))
        {
            actions.Add(ParseRenameOwnerOrSchema(first));
        }
        else
        {
            do actions.Add(ParseAttributeAction());
            while (Accept(TokenKind.Comma));
        }
        return new AlterTypeSyntax(name, false, actions, start, PreviousEnd);
    }

    private AlterTypeActionSyntax ParseAttributeAction()
    {
        var start = Current.Start;
        AlterTypeActionSyntax action;
        if (AcceptKws("add", "attribute"))
        {
            var attribute = ParseAttribute();
            action = new AddAttributeSyntax(attribute, start, PreviousEnd);
        }
        else if (AcceptKws("drop", "attribute"))
        {
            var ifExists = AcceptKws("if", "exists");
            action = new DropAttributeSyntax(ExpectIdentifier("an attribute name"), ifExists, start, PreviousEnd);
        }
        else if (AcceptKws("alter", "attribute"))
        {
            var attribute = ExpectIdentifier("an attribute name");
            AcceptKws("set", "data");
            ExpectKw("type");
            var type = ParseType();
            var collation = AcceptKw("collate") ? ParseName("a collation name") : null;
            action = new AlterAttributeTypeSyntax(attribute, type, collation, start, PreviousEnd);
        }
        else
        {
            throw Error($"expected ADD VALUE, RENAME, ADD/DROP/ALTER ATTRIBUTE, OWNER TO or SET SCHEMA but found {Describe(Current)}");
        }
        AcceptCascadeOrRestrict();
        return action;
    }

    private void AcceptCascadeOrRestrict()
    {
        if (!AcceptKw("cascade")) AcceptKw("restrict");
    }

    /// <summary>RENAME TO, OWNER TO and SET SCHEMA, shared by ALTER TYPE and ALTER DOMAIN.</summary>
    private AlterTypeActionSyntax ParseRenameOwnerOrSchema(int first)
    {
        var start = Current.Start;
        if (AcceptKws("rename", "to")) return new RenameTypeSyntax(ExpectIdentifier("the new name"), start, PreviousEnd);
        if (AcceptKws("owner", "to"))
        {
            _pos++;
            return new IgnoredTypeActionSyntax(start, PreviousEnd);
        }
        if (AcceptKws("set", "schema")) return new SetTypeSchemaSyntax(ExpectIdentifier("a schema name"), start, PreviousEnd);
        throw Unsupported(first, 2, "this form is not supported");
    }

    /// <summary>ALTER DOMAIN, after the DOMAIN keyword.</summary>
    private StatementSyntax ParseAlterDomain(int first, int start)
    {
        var name = ParseName("a domain name");
        var actionStart = Current.Start;
        AlterTypeActionSyntax action;
        if (AcceptKws("set", "default"))
            action = new SetDomainDefaultSyntax(ParseExpression(ExpressionContext.StatementTail), actionStart, PreviousEnd);
        else if (AcceptKws("drop", "default"))
            action = new SetDomainDefaultSyntax(null, actionStart, PreviousEnd);
        else if (AcceptKws("set", "not", "null"))
            action = new SetDomainNotNullSyntax(true, actionStart, PreviousEnd);
        else if (AcceptKws("drop", "not", "null"))
            action = new SetDomainNotNullSyntax(false, actionStart, PreviousEnd);
        else if (AcceptKw("add"))
            action = new AddDomainConstraintSyntax(ParseDomainConstraint(allowNull: false), actionStart, PreviousEnd);
        else if (AcceptKws("drop", "constraint"))
        {
            var ifExists = AcceptKws("if", "exists");
            var constraint = ExpectIdentifier("a constraint name");
            AcceptCascadeOrRestrict();
            action = new DropDomainConstraintSyntax(constraint, ifExists, actionStart, PreviousEnd);
        }
        else if (AcceptKws("rename", "constraint"))
        {
            var from = ExpectIdentifier("a constraint name");
            ExpectKw("to");
            action = new RenameDomainConstraintSyntax(from, ExpectIdentifier("the new constraint name"), actionStart, PreviousEnd);
        }
        else if (AcceptKws("validate", "constraint"))
            action = new ValidateDomainConstraintSyntax(ExpectIdentifier("a constraint name"), actionStart, PreviousEnd);
        else
            action = ParseRenameOwnerOrSchema(first);
        return new AlterDomainSyntax(name, action, start, PreviousEnd);
    }
}
