using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

public sealed partial class Parser
{
    /// <summary>Words that, after a parameter's first word, show that word was part of the type, not a name.</summary>
    private static readonly HashSet<string> TypeContinuations = new(StringComparer.Ordinal)
    {
        "precision", "varying", "with", "without", "default", "character", "char",
    };

    private StatementSyntax ParseCreateFunction(int start, bool procedure, bool orReplace)
    {
        var name = ParseName(procedure ? "a procedure name" : "a function name");
        var args = ParseFunctionArgs(allowDefaults: true);
        var statement = new CreateFunctionSyntax(name, procedure, orReplace, args, start, start);
        var settings = new List<(string, string?)>();
        var bodyValues = new List<string>();
        while (Current.Kind is not (TokenKind.Semicolon or TokenKind.EndOfFile))
        {
            if (AcceptKws("returns", "null", "on", "null", "input")) statement = statement with { Strict = true };
            else if (!procedure && AcceptKw("returns"))
            {
                if (AcceptKw("table"))
                {
                    Expect(TokenKind.OpenParen, "'('");
                    var columns = new List<ReturnColumnSyntax>();
                    do columns.Add(new ReturnColumnSyntax(ExpectIdentifier("a column name"), ParseType()));
                    while (Accept(TokenKind.Comma));
                    Expect(TokenKind.CloseParen, "')'");
                    statement = statement with { ReturnsTable = columns };
                }
                else
                {
                    var setOf = AcceptKw("setof");
                    statement = statement with { Returns = ParseType(), ReturnsSetOf = setOf };
                }
            }
            else if (AcceptKw("language"))
            {
                var language = Current.Kind is TokenKind.String ? ExpectString("a language name") : ExpectIdentifier("a language name");
                statement = statement with { Language = language.ToLowerInvariant() };
            }
            else if (AcceptKw("immutable")) statement = statement with { Volatility = 'i' };
            else if (AcceptKw("stable")) statement = statement with { Volatility = 's' };
            else if (AcceptKw("volatile")) statement = statement with { Volatility = 'v' };
            else if (AcceptKw("leakproof")) statement = statement with { Leakproof = true };
            else if (AcceptKws("not", "leakproof")) statement = statement with { Leakproof = false };
            else if (AcceptKw("strict")) statement = statement with { Strict = true };
            else if (AcceptKws("called", "on", "null", "input")) statement = statement with { Strict = false };
            else if (AcceptKws("external", "security") || AcceptKw("security"))
            {
                if (AcceptKw("definer")) statement = statement with { SecurityDefiner = true };
                else { ExpectKw("invoker"); statement = statement with { SecurityDefiner = false }; }
            }
            else if (AcceptKw("parallel"))
            {
                var mode = ExpectIdentifier("SAFE, RESTRICTED or UNSAFE");
                statement = statement with
                {
                    Parallel = mode switch
                    {
                        "safe" => 's',
                        "restricted" => 'r',
                        "unsafe" => 'u',
                        _ => throw new ParseException($"parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE", _tokens[_pos - 1].Start, _tokens[_pos - 1].Length, unsupported: false),
                    },
                };
            }
            else if (AcceptKw("cost")) statement = statement with { Cost = ExpectNumberText("a cost") };
            else if (AcceptKw("rows")) statement = statement with { Rows = ExpectNumberText("a row estimate") };
            else if (AcceptKw("window")) statement = statement with { Window = true };
            else if (AcceptKw("set"))
            {
                var setting = ParseName("a configuration parameter").ToString();
                if (AcceptKws("from", "current")) settings.Add((setting, null));
                else
                {
                    if (!AcceptKw("to") && !(Current.Kind == TokenKind.Operator && Current.Text(_src) == "=" && _pos++ >= 0))
                        throw Error($"expected TO or '=' but found {Describe(Current)}");
                    var valueStart = Current.Start;
                    do
                    {
                        if (Current.Kind is TokenKind.Semicolon or TokenKind.EndOfFile) throw Error($"expected a value but found {Describe(Current)}");
                        _pos++;
                    }
                    while (Accept(TokenKind.Comma));
                    settings.Add((setting, _src.Substring(valueStart, PreviousEnd - valueStart)));
                }
            }
            else if (AcceptKw("as"))
            {
                var bodyStart = Current.Start;
                bodyValues.Add(ExpectString("a function body"));
                if (Accept(TokenKind.Comma)) bodyValues.Add(ExpectString("a link symbol"));
                statement = statement with { BodySql = _src.Substring(bodyStart, PreviousEnd - bodyStart) };
            }
            else if (IsKw("return"))
            {
                var bodyStart = Current.Start;
                _pos++;
                ParseExpression(ExpressionContext.StatementTail);
                statement = statement with { BodySql = _src.Substring(bodyStart, PreviousEnd - bodyStart), SqlStandardBody = true };
            }
            else if (IsKw("begin") && IsKwAt(_pos + 1, "atomic"))
            {
                var bodyStart = Current.Start;
                _pos += 2;
                SkipAtomicBody();
                statement = statement with { BodySql = _src.Substring(bodyStart, PreviousEnd - bodyStart), SqlStandardBody = true };
            }
            else if (AcceptKw("transform") || AcceptKw("support"))
                throw Unsupported(_pos - 1, 1, "TRANSFORM and SUPPORT clauses are not supported");
            else throw Error($"expected a function attribute but found {Describe(Current)}");
        }
        if (statement.BodySql is null) throw Error($"expected AS, RETURN or BEGIN ATOMIC with the body but found {Describe(Current)}");
        if (!procedure && statement.Returns is null && statement.ReturnsTable is null && !args.Any(a => a.Mode is "out" or "inout"))
            throw new ParseException("function result type must be specified", name.Start, name.Length, unsupported: false);
        return statement with { Settings = settings, BodyValues = bodyValues, End = PreviousEnd };
    }

    /// <summary>Moves past a BEGIN ATOMIC body to its END; CASE ... END inside it is balanced.</summary>
    private void SkipAtomicBody()
    {
        var caseDepth = 0;
        while (Current.Kind != TokenKind.EndOfFile)
        {
            if (IsKw("case")) caseDepth++;
            else if (IsKw("end"))
            {
                if (caseDepth == 0) { _pos++; return; }
                caseDepth--;
            }
            _pos++;
        }
        throw Error("expected END after the BEGIN ATOMIC body but found the end of the file");
    }

    private string ExpectNumberText(string what)
    {
        if (Current.Kind is not (TokenKind.Integer or TokenKind.Numeric)) throw Error($"expected {what} but found {Describe(Current)}");
        return _tokens[_pos++].Text(_src);
    }

    private List<FunctionArgSyntax> ParseFunctionArgs(bool allowDefaults)
    {
        Expect(TokenKind.OpenParen, "'('");
        var args = new List<FunctionArgSyntax>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            do args.Add(ParseFunctionArg(allowDefaults));
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.CloseParen, "')'");
        return args;
    }

    private FunctionArgSyntax ParseFunctionArg(bool allowDefaults)
    {
        var start = Current.Start;
        var mode = "in";
        if (AcceptKw("in")) mode = AcceptKw("out") ? "inout" : "in";
        else if (AcceptKw("out")) mode = "out";
        else if (AcceptKw("inout")) mode = "inout";
        else if (AcceptKw("variadic")) mode = "variadic";
        string? name = null;
        var next = PeekToken(1);
        if (IsIdentifierToken(Current) && IsIdentifierToken(next)
            && !(next.Kind == TokenKind.Identifier && TypeContinuations.Contains(next.Text(_src).ToLowerInvariant()))
            && !IsKw("national") && !IsKw("nchar"))
            name = ExpectIdentifier("a parameter name");
        var type = ParseType();
        ExpressionSyntax? defaultValue = null;
        if (AcceptKw("default") || Current.Kind == TokenKind.Operator && Current.Text(_src) == "=" && _pos++ >= 0)
        {
            if (!allowDefaults) throw Error("a default is not allowed here");
            defaultValue = ParseExpression(ExpressionContext.AlterAction);
        }
        return new FunctionArgSyntax(mode, name, type, defaultValue, start, PreviousEnd);
    }

    private RoutineRefSyntax ParseRoutineRef()
    {
        var start = Current.Start;
        var name = ParseName("a function name");
        var args = Current.Kind == TokenKind.OpenParen ? ParseFunctionArgs(allowDefaults: false) : null;
        return new RoutineRefSyntax(name, args, start, PreviousEnd);
    }

    /// <summary>ALTER FUNCTION/PROCEDURE ... OWNER TO (as pg_dump writes it) changes nothing SchemaGen models.</summary>
    private StatementSyntax ParseAlterRoutine(int first, int start)
    {
        var word = Current.Text(_src).ToUpperInvariant();
        _pos++;
        ParseRoutineRef();
        if (!AcceptKws("owner", "to"))
            throw Unsupported(first, 2, $"only ALTER {word} ... OWNER TO is supported; change the CREATE {word} statement instead");
        ExpectIdentifier("a role name");
        return new IgnoredStatementSyntax($"ALTER {word}", start, PreviousEnd);
    }

    private StatementSyntax ParseDropRoutine(int start, bool procedure)
    {
        var ifExists = AcceptKws("if", "exists");
        var routines = new List<RoutineRefSyntax>();
        do routines.Add(ParseRoutineRef());
        while (Accept(TokenKind.Comma));
        if (!AcceptKw("cascade")) AcceptKw("restrict");
        return new DropRoutineSyntax(procedure, routines, ifExists, start, PreviousEnd);
    }

    private StatementSyntax ParseCreateTrigger(int start, bool orReplace, bool constraint)
    {
        var name = ExpectIdentifier("a trigger name");
        string timing;
        if (AcceptKw("before")) timing = "BEFORE";
        else if (AcceptKw("after")) timing = "AFTER";
        else if (AcceptKws("instead", "of")) timing = "INSTEAD OF";
        else throw Error($"expected BEFORE, AFTER or INSTEAD OF but found {Describe(Current)}");
        var events = new List<TriggerEventSyntax>();
        do
        {
            if (AcceptKw("insert")) events.Add(new TriggerEventSyntax("insert", Array.Empty<string>()));
            else if (AcceptKw("delete")) events.Add(new TriggerEventSyntax("delete", Array.Empty<string>()));
            else if (AcceptKw("truncate")) events.Add(new TriggerEventSyntax("truncate", Array.Empty<string>()));
            else if (AcceptKw("update"))
            {
                var columns = new List<string>();
                if (AcceptKw("of"))
                {
                    do columns.Add(ExpectIdentifier("a column name"));
                    while (Accept(TokenKind.Comma));
                }
                events.Add(new TriggerEventSyntax("update", columns));
            }
            else throw Error($"expected INSERT, UPDATE, DELETE or TRUNCATE but found {Describe(Current)}");
        }
        while (AcceptKw("or"));
        ExpectKw("on");
        var table = ParseName("a table name");
        NameSyntax? from = null;
        bool deferrable = false, deferred = false, forEachRow = constraint;
        string? oldTable = null, newTable = null;
        ExpressionSyntax? when = null;
        while (true)
        {
            if (AcceptKw("from")) from = ParseName("a table name");
            else if (AcceptKws("not", "deferrable")) deferrable = false;
            else if (AcceptKw("deferrable")) deferrable = true;
            else if (AcceptKws("initially", "deferred")) deferred = true;
            else if (AcceptKws("initially", "immediate")) deferred = false;
            else if (AcceptKw("referencing"))
            {
                while (IsKw("old") || IsKw("new"))
                {
                    var isOld = IsKw("old");
                    _pos++;
                    if (!AcceptKw("table")) ExpectKw("row");
                    AcceptKw("as");
                    var alias = ExpectIdentifier("a transition table name");
                    if (isOld) oldTable = alias; else newTable = alias;
                }
            }
            else if (AcceptKw("for"))
            {
                AcceptKw("each");
                if (AcceptKw("row")) forEachRow = true;
                else { ExpectKw("statement"); forEachRow = false; }
            }
            else if (AcceptKw("when")) when = ParseParenthesizedExpression();
            else break;
        }
        ExpectKw("execute");
        if (!AcceptKw("function")) ExpectKw("procedure");
        var function = ParseName("a function name");
        Expect(TokenKind.OpenParen, "'('");
        var arguments = new List<string>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            do
            {
                var token = Current;
                if (IsIdentifierToken(token)) arguments.Add(ExpectIdentifier("an argument"));
                else if (token.Kind is TokenKind.String or TokenKind.EscapeString or TokenKind.UnicodeString or TokenKind.DollarString)
                    arguments.Add(ExpectString("an argument"));
                else if (token.Kind is TokenKind.Integer or TokenKind.Numeric) arguments.Add(ExpectNumberText("an argument"));
                else if (token.Kind == TokenKind.Operator && token.Text(_src) == "-" && PeekToken(1).Kind is TokenKind.Integer or TokenKind.Numeric)
                {
                    _pos++;
                    arguments.Add("-" + ExpectNumberText("an argument"));
                }
                else throw Error($"expected a trigger argument but found {Describe(Current)}");
            }
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.CloseParen, "')'");
        return new CreateTriggerSyntax(name, table, orReplace, constraint, timing, events, forEachRow, function, arguments, start, PreviousEnd)
        {
            FromTable = from,
            Deferrable = deferrable,
            InitiallyDeferred = deferred,
            OldTable = oldTable,
            NewTable = newTable,
            When = when,
        };
    }

    private StatementSyntax ParseDropTableMember(int start, ObjectKind kind)
    {
        var ifExists = AcceptKws("if", "exists");
        var name = ExpectIdentifier(kind == ObjectKind.Trigger ? "a trigger name" : "a policy name");
        ExpectKw("on");
        var table = ParseName("a table name");
        if (!AcceptKw("cascade")) AcceptKw("restrict");
        return new DropTableMemberSyntax(kind, name, table, ifExists, start, PreviousEnd);
    }

    private StatementSyntax ParseCreatePolicy(int start)
    {
        var name = ExpectIdentifier("a policy name");
        ExpectKw("on");
        var table = ParseName("a table name");
        var permissive = true;
        if (AcceptKw("as"))
        {
            if (AcceptKw("restrictive")) permissive = false;
            else ExpectKw("permissive");
        }
        var command = "all";
        if (AcceptKw("for"))
        {
            var word = ExpectIdentifier("ALL, SELECT, INSERT, UPDATE or DELETE");
            if (word is not ("all" or "select" or "insert" or "update" or "delete"))
                throw new ParseException($"expected ALL, SELECT, INSERT, UPDATE or DELETE but found '{word}'", _tokens[_pos - 1].Start, _tokens[_pos - 1].Length, unsupported: false);
            command = word;
        }
        var roles = AcceptKw("to") ? ParseRoleList() : new List<string> { "public" };
        ExpressionSyntax? usingExpr = null, check = null;
        if (AcceptKw("using")) usingExpr = ParseParenthesizedExpression();
        if (AcceptKws("with", "check")) check = ParseParenthesizedExpression();
        return new CreatePolicySyntax(name, table, permissive, command, roles, usingExpr, check, start, PreviousEnd);
    }

    private List<string> ParseRoleList()
    {
        var roles = new List<string>();
        do roles.Add(ExpectIdentifier("a role name"));
        while (Accept(TokenKind.Comma));
        return roles;
    }

    private StatementSyntax ParseAlterPolicy(int start)
    {
        var name = ExpectIdentifier("a policy name");
        ExpectKw("on");
        var table = ParseName("a table name");
        var statement = new AlterPolicySyntax(name, table, start, start);
        if (AcceptKws("rename", "to")) return statement with { RenameTo = ExpectIdentifier("a policy name"), End = PreviousEnd };
        if (AcceptKw("to")) statement = statement with { Roles = ParseRoleList() };
        if (AcceptKw("using")) statement = statement with { Using = ParseParenthesizedExpression() };
        if (AcceptKws("with", "check")) statement = statement with { Check = ParseParenthesizedExpression() };
        return statement with { End = PreviousEnd };
    }

    /// <summary>ENABLE/DISABLE [REPLICA|ALWAYS] TRIGGER name|ALL|USER, after ALTER TABLE name.</summary>
    private AlterTableActionSyntax? TryParseTriggerState(int start)
    {
        char state;
        if (IsKw("enable") && IsKwAt(_pos + 1, "trigger")) { _pos += 2; state = 'O'; }
        else if (IsKw("enable") && IsKwAt(_pos + 1, "replica") && IsKwAt(_pos + 2, "trigger")) { _pos += 3; state = 'R'; }
        else if (IsKw("enable") && IsKwAt(_pos + 1, "always") && IsKwAt(_pos + 2, "trigger")) { _pos += 3; state = 'A'; }
        else if (IsKw("disable") && IsKwAt(_pos + 1, "trigger")) { _pos += 2; state = 'D'; }
        else return null;
        if (AcceptKw("all") || AcceptKw("user")) return new SetTriggerStateSyntax(null, state, start, PreviousEnd);
        return new SetTriggerStateSyntax(ExpectIdentifier("a trigger name"), state, start, PreviousEnd);
    }
}
