using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

public sealed partial class Parser
{
    private static readonly string[] IntervalFieldWords = { "year", "month", "day", "hour", "minute", "second" };

    /// <summary>
    /// A type name as PostgreSQL's grammar reads it: multi-word SQL types, modifiers in
    /// parentheses, WITH/WITHOUT TIME ZONE, interval fields and array bounds.
    /// </summary>
    private TypeSyntax ParseType()
    {
        var start = Current.Start;
        var quoted = Current.Kind != TokenKind.Identifier;
        NameSyntax name;
        if (!quoted && TryParseMultiWordType(out var words))
            name = new NameSyntax(new[] { words }, start, PreviousEnd);
        else
            name = ParseName("a type name");

        var modifiers = new List<string>();
        string? timeZone = null;
        string? intervalFields = null;

        if (!quoted && name.Parts.Count == 1 && name.Name == "interval")
            intervalFields = ParseIntervalFields();

        if (Current.Kind == TokenKind.OpenParen)
        {
            _pos++;
            do
            {
                var modifierStart = Current.Start;
                SkipBalancedUntil(() => Current.Kind == TokenKind.Comma);
                if (PreviousEnd <= modifierStart) throw Error($"expected a type modifier but found {Describe(Current)}");
                modifiers.Add(_src.Substring(modifierStart, PreviousEnd - modifierStart).Trim());
            }
            while (Accept(TokenKind.Comma));
            Expect(TokenKind.CloseParen, "')' after the type modifiers");
        }

        if (!quoted && name.Parts.Count == 1 && name.Name is "timestamp" or "time")
        {
            if (AcceptKws("with", "time", "zone")) timeZone = "with";
            else if (AcceptKws("without", "time", "zone")) timeZone = "without";
        }
        if (!quoted && name.Parts.Count == 1 && name.Name == "interval" && intervalFields == null)
            intervalFields = ParseIntervalFields();

        var dimensions = 0;
        while (true)
        {
            if (Current.Kind == TokenKind.OpenBracket)
            {
                _pos++;
                Accept(TokenKind.Integer);
                Expect(TokenKind.CloseBracket, "']'");
                dimensions++;
            }
            else if (AcceptKw("array"))
            {
                if (Current.Kind == TokenKind.OpenBracket)
                {
                    _pos++;
                    Accept(TokenKind.Integer);
                    Expect(TokenKind.CloseBracket, "']'");
                }
                dimensions++;
            }
            else break;
        }
        return new TypeSyntax(name, modifiers, timeZone, intervalFields, dimensions, quoted, start, PreviousEnd);
    }

    /// <summary>SQL-standard type names made of several keywords, joined by one space.</summary>
    private bool TryParseMultiWordType(out string words)
    {
        words = "";
        if (AcceptKws("double", "precision")) words = "double precision";
        else if (AcceptKws("character", "varying") || AcceptKws("char", "varying")) words = "character varying";
        else if (AcceptKws("national", "character", "varying") || AcceptKws("national", "char", "varying") || AcceptKws("nchar", "varying"))
            words = "character varying";
        else if (AcceptKws("national", "character") || AcceptKws("national", "char")) words = "character";
        else if (AcceptKws("bit", "varying")) words = "bit varying";
        else return false;
        return true;
    }

    private string? ParseIntervalFields()
    {
        var fields = new List<string>();
        while (true)
        {
            var matched = false;
            foreach (var field in IntervalFieldWords)
            {
                if (AcceptKw(field))
                {
                    fields.Add(field);
                    matched = true;
                    break;
                }
            }
            if (!matched && fields.Count > 0 && AcceptKw("to")) { fields.Add("to"); continue; }
            if (!matched) break;
        }
        return fields.Count == 0 ? null : string.Join(" ", fields);
    }
}
