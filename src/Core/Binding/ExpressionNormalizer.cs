using System.Text;
using SchemaGen.Core.Lexing;
using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

/// <summary>
/// Turns an expression's tokens into the form two expressions are compared on: identifiers
/// folded (and quoted only when needed), keywords lower case, every string literal spelled
/// <c>'...'</c>, single spaces, redundant outer parentheses removed, and
/// <c>nextval('seq')</c> resolved to the qualified sequence as PostgreSQL stores it.
/// </summary>
internal static class ExpressionNormalizer
{
    public static Expression Create(LexResult lex, ExpressionSyntax syntax, string defaultSchema = "public")
    {
        var text = lex.Source.Substring(syntax.Start, syntax.End - syntax.Start);
        var words = new List<string>(syntax.EndToken - syntax.FirstToken);
        for (var i = syntax.FirstToken; i < syntax.EndToken; i++)
            words.Add(Canonical(lex.Source, lex.Tokens[i]));
        StripOuterParentheses(words);
        ResolveNextval(words, defaultSchema);
        return new Expression(text, string.Join(" ", words));
    }

    /// <summary>An expression made by SchemaGen itself (serial defaults).</summary>
    public static Expression FromText(string text) => Create(Lexer.Lex(text), text);

    private static Expression Create(LexResult lex, string text)
    {
        var count = lex.Tokens.Length - 1;
        var syntax = new ExpressionSyntax(0, count, 0, text.Length);
        return Create(lex, syntax);
    }

    public static List<string> ReferencedIdentifiers(LexResult lex, ExpressionSyntax syntax)
    {
        var names = new List<string>();
        for (var i = syntax.FirstToken; i < syntax.EndToken; i++)
        {
            var token = lex.Tokens[i];
            if (token.Kind is not (TokenKind.Identifier or TokenKind.QuotedIdentifier or TokenKind.UnicodeQuotedIdentifier)) continue;
            // A name followed by '(' is a function; one after '.' is a field of something else.
            if (i + 1 < lex.Tokens.Length && lex.Tokens[i + 1].Kind == TokenKind.OpenParen) continue;
            if (i > syntax.FirstToken && lex.Tokens[i - 1].Kind is TokenKind.Dot or TokenKind.DoubleColon) continue;
            names.Add(TokenValues.Identifier(lex.Source, token));
        }
        return names;
    }

    private static string Canonical(string source, Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Identifier:
            case TokenKind.QuotedIdentifier:
            case TokenKind.UnicodeQuotedIdentifier:
                return Identifiers.Quote(TokenValues.Identifier(source, token));
            case TokenKind.String:
            case TokenKind.EscapeString:
            case TokenKind.UnicodeString:
            case TokenKind.DollarString:
                return Identifiers.Literal(TokenValues.String(source, token));
            case TokenKind.Integer:
                return token.Text(source).Replace("_", "");
            default:
                return token.Text(source);
        }
    }

    private static void StripOuterParentheses(List<string> words)
    {
        while (words.Count >= 2 && words[0] == "(" && words[words.Count - 1] == ")" && MatchingClose(words, 0) == words.Count - 1)
        {
            words.RemoveAt(words.Count - 1);
            words.RemoveAt(0);
        }
    }

    private static int MatchingClose(List<string> words, int open)
    {
        var depth = 0;
        for (var i = open; i < words.Count; i++)
        {
            if (words[i] == "(") depth++;
            else if (words[i] == ")" && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>
    /// <c>nextval('users_id_seq')</c>, <c>nextval('public.users_id_seq'::regclass)</c> and
    /// <c>nextval('"public"."users_id_seq"')</c> are one default to PostgreSQL.
    /// </summary>
    private static void ResolveNextval(List<string> words, string defaultSchema)
    {
        for (var i = 0; i + 3 < words.Count; i++)
        {
            if (words[i] != "nextval" || words[i + 1] != "(" || !words[i + 2].StartsWith("'", StringComparison.Ordinal)) continue;
            var literal = words[i + 2].Substring(1, words[i + 2].Length - 2).Replace("''", "'");
            var name = ParseRegclass(literal, defaultSchema);
            if (name is null) continue;
            words[i + 2] = Identifiers.Literal(Identifiers.QuoteFullyQualified(name.Value.Schema, name.Value.Name));
            if (i + 4 < words.Count && words[i + 3] == "::" && words[i + 4] == "regclass") continue;
            words.Insert(i + 3, "::");
            words.Insert(i + 4, "regclass");
        }
    }

    /// <summary>A regclass literal read the way PostgreSQL reads it: a possibly qualified identifier.</summary>
    internal static QualifiedName? ParseRegclass(string literal, string defaultSchema)
    {
        var lex = Lexer.Lex(literal);
        var parts = new List<string>();
        var expectName = true;
        foreach (var token in lex.Tokens)
        {
            if (token.Kind == TokenKind.EndOfFile) break;
            if (expectName && token.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier) parts.Add(TokenValues.Identifier(literal, token));
            else if (!expectName && token.Kind == TokenKind.Dot) { }
            else return null;
            expectName = !expectName;
        }
        return parts.Count switch
        {
            1 => new QualifiedName(defaultSchema, parts[0]),
            2 => new QualifiedName(parts[0], parts[1]),
            _ => null,
        };
    }
}
