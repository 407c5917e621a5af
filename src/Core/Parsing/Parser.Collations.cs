using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

public sealed partial class Parser
{
    private StatementSyntax ParseCreateCollation(int start)
    {
        var ifNotExists = AcceptKws("if", "not", "exists");
        var name = ParseName("a collation name");
        if (AcceptKw("from"))
            return new CreateCollationSyntax(name, ifNotExists, ParseName("a collation name"), Array.Empty<CollationOptionSyntax>(), start, PreviousEnd);
        Expect(TokenKind.OpenParen, "FROM or '(' and the collation options");
        var options = new List<CollationOptionSyntax>();
        do
        {
            var key = ExpectIdentifier("a collation option (provider, locale, lc_collate, lc_ctype, deterministic, version)");
            if (!Accept(TokenKind.Operator) || _tokens[_pos - 1].Text(_src) != "=")
                throw Error($"expected '=' after collation option {key}");
            string value;
            if (IsIdentifierToken(Current)) value = ExpectIdentifier("a value");
            else if (Current.Kind is TokenKind.Integer or TokenKind.Numeric) value = _tokens[_pos++].Text(_src);
            else value = ExpectString($"a value for collation option {key}");
            options.Add(new CollationOptionSyntax(key, value));
        }
        while (Accept(TokenKind.Comma));
        Expect(TokenKind.CloseParen, "',' or ')' after a collation option");
        return new CreateCollationSyntax(name, ifNotExists, null, options, start, PreviousEnd);
    }
}
