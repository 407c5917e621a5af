using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

public sealed partial class Parser
{
    private bool IsViewStart() => IsKw("view") || IsKw("recursive") && IsKwAt(_pos + 1, "view") || IsKw("materialized") && IsKwAt(_pos + 1, "view");

    private StatementSyntax ParseCreateView(int start, bool orReplace)
    {
        var materialized = AcceptKw("materialized");
        var recursive = !materialized && AcceptKw("recursive");
        ExpectKw("view");
        if (materialized && orReplace) throw Error("materialized views cannot be created with OR REPLACE");
        var ifNotExists = materialized && AcceptKws("if", "not", "exists");
        var name = ParseName("a view name");
        IReadOnlyList<string> columns = Current.Kind == TokenKind.OpenParen ? ParseIdentifierList("a column name") : Array.Empty<string>();
        if (recursive && columns.Count == 0) throw Error("a RECURSIVE view needs a column list");
        string? method = null;
        if (materialized && AcceptKw("using")) method = ExpectIdentifier("an access method");
        IReadOnlyList<string> options = Array.Empty<string>();
        if (AcceptKw("with")) options = ParseOptionList();
        if (materialized && AcceptKw("tablespace")) ExpectIdentifier("a tablespace name");
        ExpectKw("as");
        var query = ParseViewQuery(materialized);
        string? checkOption = null;
        var withNoData = false;
        if (AcceptKw("with"))
        {
            if (materialized)
            {
                withNoData = AcceptKw("no");
                ExpectKw("data");
            }
            else
            {
                checkOption = AcceptKw("local") ? "local" : "cascaded";
                AcceptKw("cascaded");
                ExpectKw("check");
                ExpectKw("option");
            }
        }
        return new CreateViewSyntax(name, materialized, orReplace, ifNotExists, recursive, columns, options, method, query,
            checkOption, withNoData, start, PreviousEnd);
    }

    /// <summary>
    /// The query of a view: up to the end of the statement, or to the WITH CHECK OPTION / WITH
    /// [NO] DATA tail at parenthesis depth 0 (a WITH that starts a CTE is followed by a name and AS).
    /// </summary>
    private ExpressionSyntax ParseViewQuery(bool materialized)
    {
        var first = _pos;
        var depth = 0;
        while (Current.Kind is not (TokenKind.Semicolon or TokenKind.EndOfFile))
        {
            if (Current.Kind == TokenKind.OpenParen) depth++;
            else if (Current.Kind == TokenKind.CloseParen) depth--;
            else if (depth == 0 && _pos > first && IsKw("with") && IsViewTail(materialized)) break;
            _pos++;
        }
        if (_pos == first) throw Error($"expected a query but found {Describe(Current)}");
        return new ExpressionSyntax(first, _pos, _tokens[first].Start, _tokens[_pos - 1].End);
    }

    private bool IsViewTail(bool materialized)
    {
        bool EndsAt(int index) => _tokens[Math.Min(index, _tokens.Length - 1)].Kind is TokenKind.Semicolon or TokenKind.EndOfFile;
        if (materialized)
            return IsKwAt(_pos + 1, "data") && EndsAt(_pos + 2) || IsKwAt(_pos + 1, "no") && IsKwAt(_pos + 2, "data") && EndsAt(_pos + 3);
        return IsKwAt(_pos + 1, "check") && IsKwAt(_pos + 2, "option")
               || (IsKwAt(_pos + 1, "local") || IsKwAt(_pos + 1, "cascaded")) && IsKwAt(_pos + 2, "check");
    }

    private StatementSyntax ParseAlterView(int first, int start)
    {
        var materialized = AcceptKw("materialized");
        ExpectKw("view");
        var ifExists = AcceptKws("if", "exists");
        var name = ParseName("a view name");
        if (AcceptKws("rename", "to"))
            return new AlterViewSyntax(name, materialized, ifExists, AlterViewAction.RenameTo, start, PreviousEnd) { To = ExpectIdentifier("a view name") };
        if (AcceptKw("rename"))
        {
            AcceptKw("column");
            var from = ExpectIdentifier("a column name");
            ExpectKw("to");
            return new AlterViewSyntax(name, materialized, ifExists, AlterViewAction.RenameColumn, start, PreviousEnd)
                { From = from, To = ExpectIdentifier("a column name") };
        }
        if (AcceptKw("set") && Current.Kind == TokenKind.OpenParen)
            return new AlterViewSyntax(name, materialized, ifExists, AlterViewAction.SetOptions, start, PreviousEnd) { Options = ParseOptionList() };
        if (AcceptKw("reset"))
            return new AlterViewSyntax(name, materialized, ifExists, AlterViewAction.ResetOptions, start, PreviousEnd) { Options = ParseOptionList() };
        if (AcceptKws("owner", "to"))
        {
            SkipToStatementEnd();
            return new AlterViewSyntax(name, materialized, ifExists, AlterViewAction.Ignored, start, PreviousEnd);
        }
        throw Unsupported(first, 3, "only RENAME, SET (...), RESET (...) and OWNER TO are supported on views");
    }
}
