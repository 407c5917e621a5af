using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

public sealed partial class Parser
{
    private static readonly string[] ColumnConstraintKeywords =
    {
        "constraint", "not", "null", "check", "primary", "unique", "references", "generated", "collate",
        "deferrable", "initially", "default",
    };

    /// <summary>
    /// Reads an expression as a balanced token range. It ends at depth 0 on ',' ')' ';' or, for
    /// column defaults, at a column-constraint keyword (CASE ... END may hold such words).
    /// </summary>
    private ExpressionSyntax ParseExpression(ExpressionContext context)
    {
        var first = _pos;
        var depth = 0;
        var caseDepth = 0;
        while (Current.Kind != TokenKind.EndOfFile)
        {
            var kind = Current.Kind;
            if (depth == 0 && caseDepth == 0)
            {
                if (kind is TokenKind.Semicolon or TokenKind.CloseParen or TokenKind.CloseBracket) break;
                if (kind == TokenKind.Comma && context != ExpressionContext.StatementTail) break;
                if (context == ExpressionContext.ColumnDefault && _pos > first && IsColumnConstraintKeyword()) break;
            }
            if (kind is TokenKind.OpenParen or TokenKind.OpenBracket) depth++;
            else if (kind is TokenKind.CloseParen or TokenKind.CloseBracket) depth--;
            else if (IsKw("case")) caseDepth++;
            else if (IsKw("end") && caseDepth > 0) caseDepth--;
            _pos++;
        }
        if (_pos == first) throw Error($"expected an expression but found {Describe(Current)}");
        return new ExpressionSyntax(first, _pos, _tokens[first].Start, _tokens[_pos - 1].End);
    }

    private bool IsColumnConstraintKeyword()
    {
        foreach (var keyword in ColumnConstraintKeywords)
        {
            if (!IsKw(keyword)) continue;
            // "NOT" continues an expression unless NOT NULL / NOT DEFERRABLE follows.
            if (keyword == "not") return IsKwAt(_pos + 1, "null") || IsKwAt(_pos + 1, "deferrable");
            // "NULL" right after an operator or IS is a value, not the NULL constraint.
            if (keyword == "null") return !PreviousIsOperatorLike();
            return true;
        }
        return false;
    }

    private bool PreviousIsOperatorLike()
    {
        var previous = _tokens[_pos - 1];
        return previous.Kind is TokenKind.Operator or TokenKind.OpenParen or TokenKind.Comma or TokenKind.DoubleColon
            || TokenValues.IsKeyword(_src, previous, "is") || TokenValues.IsKeyword(_src, previous, "not")
            || TokenValues.IsKeyword(_src, previous, "then") || TokenValues.IsKeyword(_src, previous, "else")
            || TokenValues.IsKeyword(_src, previous, "when");
    }

    /// <summary><c>( expression )</c>: the range inside the parentheses.</summary>
    private ExpressionSyntax ParseParenthesizedExpression()
    {
        Expect(TokenKind.OpenParen, "'('");
        var expression = ParseBalancedUntilClose();
        Expect(TokenKind.CloseParen, "')'");
        return expression;
    }

    /// <summary>Tokens up to (not including) the ')' that closes the current parenthesis.</summary>
    private ExpressionSyntax ParseBalancedUntilClose()
    {
        var first = _pos;
        var depth = 0;
        while (Current.Kind != TokenKind.EndOfFile)
        {
            if (Current.Kind == TokenKind.OpenParen) depth++;
            else if (Current.Kind == TokenKind.CloseParen)
            {
                if (depth == 0) break;
                depth--;
            }
            else if (Current.Kind == TokenKind.Semicolon && depth == 0) break;
            _pos++;
        }
        if (_pos == first) throw Error($"expected an expression but found {Describe(Current)}");
        return new ExpressionSyntax(first, _pos, _tokens[first].Start, _tokens[_pos - 1].End);
    }
}
