using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

public sealed partial class Parser
{
    private StatementSyntax ParseCreateIndex(int start, bool unique)
    {
        var concurrently = AcceptKw("concurrently");
        var ifNotExists = AcceptKws("if", "not", "exists");
        string? name = null;
        var nameStart = Current.Start;
        if (!IsKw("on")) name = ExpectIdentifier("an index name");
        ExpectKw("on");
        var only = AcceptKw("only");
        var table = ParseName("a table name");
        var method = "btree";
        if (AcceptKw("using")) method = ExpectIdentifier("an index method");
        var elements = ParseIndexElements(exclude: false);
        IReadOnlyList<string> include = Array.Empty<string>();
        IReadOnlyList<string> with = Array.Empty<string>();
        var nullsNotDistinct = false;
        ExpressionSyntax? where = null;
        while (true)
        {
            if (AcceptKw("include")) include = ParseIdentifierList("a column name");
            else if (AcceptKws("nulls", "not", "distinct")) nullsNotDistinct = true;
            else if (AcceptKws("nulls", "distinct")) nullsNotDistinct = false;
            else if (AcceptKw("with")) with = ParseOptionList();
            else if (AcceptKw("tablespace")) ExpectIdentifier("a tablespace name");
            else if (AcceptKw("where")) where = ParseExpression(ExpressionContext.StatementTail);
            else break;
        }
        return new CreateIndexSyntax(name, table, unique, concurrently, ifNotExists, only, method, elements, include,
            nullsNotDistinct, with, where, nameStart, start, PreviousEnd);
    }

    /// <summary>
    /// <c>( element, ... )</c> of an index or EXCLUDE constraint: a column, a function call or a
    /// parenthesised expression, then COLLATE, an operator class, ASC/DESC and NULLS FIRST/LAST.
    /// </summary>
    private List<IndexElementSyntax> ParseIndexElements(bool exclude)
    {
        Expect(TokenKind.OpenParen, "'(' and the indexed columns");
        var elements = new List<IndexElementSyntax>();
        do
        {
            var start = Current.Start;
            string? column = null;
            ExpressionSyntax? expression = null;
            if (Current.Kind == TokenKind.OpenParen)
            {
                _pos++;
                expression = ParseBalancedUntilClose();
                Expect(TokenKind.CloseParen, "')'");
            }
            else if (IsIdentifierToken(Current) && (PeekToken(1).Kind == TokenKind.OpenParen
                     || PeekToken(1).Kind == TokenKind.Dot && PeekToken(3).Kind == TokenKind.OpenParen))
            {
                // A function call such as lower(email) or public.f(x).
                var first = _pos;
                while (Current.Kind != TokenKind.OpenParen) _pos++;
                _pos++;
                ParseBalancedUntilCloseOrEmpty();
                Expect(TokenKind.CloseParen, "')'");
                expression = new ExpressionSyntax(first, _pos, _tokens[first].Start, _tokens[_pos - 1].End);
            }
            else column = ExpectIdentifier("a column name or expression");

            NameSyntax? collation = null, opclass = null;
            if (AcceptKw("collate")) collation = ParseName("a collation name");
            if (IsIdentifierToken(Current) && !IsKw("asc") && !IsKw("desc") && !IsKw("nulls") && !IsKw("with"))
            {
                opclass = ParseName("an operator class");
                if (Current.Kind == TokenKind.OpenParen) throw Error("operator class parameters are not supported yet");
            }
            var descending = false;
            if (AcceptKw("desc")) descending = true;
            else AcceptKw("asc");
            bool? nullsFirst = null;
            if (AcceptKws("nulls", "first")) nullsFirst = true;
            else if (AcceptKws("nulls", "last")) nullsFirst = false;
            string? op = null;
            if (exclude)
            {
                ExpectKw("with");
                var opStart = Current.Start;
                if (AcceptKw("operator"))
                {
                    Expect(TokenKind.OpenParen, "'('");
                    SkipBalancedUntil(() => false);
                    Expect(TokenKind.CloseParen, "')'");
                }
                else Expect(TokenKind.Operator, "an operator");
                op = _src.Substring(opStart, PreviousEnd - opStart);
            }
            elements.Add(new IndexElementSyntax(column, expression, collation, opclass, descending, nullsFirst, op, start, PreviousEnd));
        }
        while (Accept(TokenKind.Comma));
        Expect(TokenKind.CloseParen, "',' or ')' after the indexed columns");
        return elements;
    }

    private void ParseBalancedUntilCloseOrEmpty()
    {
        if (Current.Kind == TokenKind.CloseParen) return;
        ParseBalancedUntilClose();
    }

    private SequenceOptionsSyntax ParseParenthesizedSequenceOptions()
    {
        Expect(TokenKind.OpenParen, "'('");
        var options = ParseSequenceOptions(allowOwnedBy: false);
        Expect(TokenKind.CloseParen, "')' after the sequence options");
        return options;
    }

    private SequenceOptionsSyntax ParseSequenceOptions(bool allowOwnedBy)
    {
        var options = new SequenceOptionsSyntax();
        while (true)
        {
            if (AcceptKw("as")) options = options with { As = ParseType() };
            else if (AcceptKw("increment"))
            {
                AcceptKw("by");
                options = options with { Increment = ExpectSignedInteger("an increment") };
            }
            else if (AcceptKw("minvalue")) options = options with { MinValue = ExpectSignedInteger("a minimum value") };
            else if (AcceptKws("no", "minvalue")) options = options with { NoMinValue = true, MinValue = null };
            else if (AcceptKw("maxvalue")) options = options with { MaxValue = ExpectSignedInteger("a maximum value") };
            else if (AcceptKws("no", "maxvalue")) options = options with { NoMaxValue = true, MaxValue = null };
            else if (AcceptKw("start"))
            {
                AcceptKw("with");
                options = options with { Start = ExpectSignedInteger("a start value") };
            }
            else if (AcceptKw("restart"))
            {
                AcceptKw("with");
                if (Current.Kind is TokenKind.Integer or TokenKind.Operator) options = options with { Restart = ExpectSignedInteger("a restart value") };
            }
            else if (AcceptKw("cache")) options = options with { Cache = ExpectSignedInteger("a cache size") };
            else if (AcceptKw("cycle")) options = options with { Cycle = true };
            else if (AcceptKws("no", "cycle")) options = options with { Cycle = false };
            else if (AcceptKws("owned", "by"))
            {
                if (!allowOwnedBy) throw Error("OWNED BY is not allowed here");
                if (AcceptKw("none")) options = options with { OwnedByNone = true };
                else options = options with { OwnedBy = ParseName("a table.column name") };
            }
            else if (AcceptKws("sequence", "name")) options = options with { SequenceName = ParseName("a sequence name") };
            else if (AcceptKw("logged")) options = options with { Logged = true };
            else if (AcceptKw("unlogged")) options = options with { Logged = false };
            else return options;
        }
    }
}
