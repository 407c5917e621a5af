using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

public sealed partial class Parser
{
    private static readonly string[] TableConstraintStarts = { "constraint", "primary", "unique", "check", "foreign", "exclude" };

    private StatementSyntax ParseCreateTable(int start, char persistence)
    {
        var ifNotExists = AcceptKws("if", "not", "exists");
        var name = ParseName("a table name");
        var columns = new List<ColumnSyntax>();
        var constraints = new List<ConstraintSyntax>();
        NameSyntax? partitionOf = null;
        ExpressionSyntax? bound = null;

        if (AcceptKws("partition", "of"))
            partitionOf = ParseName("a parent table name");

        if (Current.Kind == TokenKind.OpenParen)
        {
            _pos++;
            if (Current.Kind != TokenKind.CloseParen)
            {
                do
                {
                    if (IsTableConstraintStart())
                        constraints.Add(ParseTableConstraint());
                    else if (IsKw("like"))
                        throw Unsupported(_pos, 1, "LIKE in CREATE TABLE is not supported; list the columns");
                    else
                        columns.Add(ParseColumn(allowOptionsOnly: partitionOf != null));
                }
                while (Accept(TokenKind.Comma));
            }
            Expect(TokenKind.CloseParen, "',' or ')' in the table definition");
        }
        else if (partitionOf == null)
        {
            throw Error($"expected '(' and the column list but found {Describe(Current)}");
        }

        if (partitionOf != null)
        {
            var boundFirst = _pos;
            if (!AcceptKw("default"))
            {
                ExpectKw("for");
                ExpectKw("values");
                SkipBalancedUntil(() => IsKw("partition") || IsKw("with") || IsKw("tablespace") || IsKw("using"));
            }
            bound = TokenRange(boundFirst);
        }

        var inherits = new List<NameSyntax>();
        ExpressionSyntax? partitionBy = null;
        var withOptions = (IReadOnlyList<string>)Array.Empty<string>();
        while (true)
        {
            if (AcceptKw("inherits"))
            {
                Expect(TokenKind.OpenParen, "'('");
                do inherits.Add(ParseName("a parent table name"));
                while (Accept(TokenKind.Comma));
                Expect(TokenKind.CloseParen, "')'");
            }
            else if (AcceptKws("partition", "by"))
            {
                var keyFirst = _pos;
                SkipBalancedUntil(() => IsKw("with") || IsKw("tablespace") || IsKw("using"));
                partitionBy = TokenRange(keyFirst);
            }
            else if (AcceptKw("using")) ExpectIdentifier("an access method");
            else if (AcceptKws("without", "oids")) { }
            else if (AcceptKw("with")) withOptions = ParseOptionList();
            else if (AcceptKw("tablespace")) ExpectIdentifier("a tablespace name");
            else if (AcceptKws("on", "commit")) throw Error("ON COMMIT applies only to temporary tables");
            else break;
        }

        return new CreateTableSyntax(name, ifNotExists, persistence, columns, constraints, start, PreviousEnd)
        {
            WithOptions = withOptions,
            Inherits = inherits,
            PartitionBy = partitionBy,
            PartitionOf = partitionOf,
            PartitionBound = bound,
        };
    }

    private bool IsTableConstraintStart()
    {
        foreach (var keyword in TableConstraintStarts)
            if (IsKw(keyword))
                // "check" or "unique" may also be column names; a constraint is followed by '(' or a keyword.
                return keyword is "constraint" or "primary" or "foreign" or "exclude"
                    || PeekToken(1).Kind == TokenKind.OpenParen
                    || IsKwAt(_pos + 1, "nulls");
        return false;
    }

    /// <summary>A column definition; partitions may give only constraints for inherited columns.</summary>
    private ColumnSyntax ParseColumn(bool allowOptionsOnly)
    {
        var start = Current.Start;
        var firstToken = _pos;
        var nameToken = Current;
        var name = ExpectIdentifier("a column name");
        TypeSyntax? type = null;
        // A partition's column entry may give only options: "col WITH OPTIONS NOT NULL" or "col NOT NULL".
        if (!(allowOptionsOnly && (AcceptKws("with", "options") || StartsColumnOption())))
            type = ParseType();
        NameSyntax? collation = null;
        var constraints = ParseColumnConstraints(ref collation);
        type ??= new TypeSyntax(new NameSyntax(Array.Empty<string>(), start, start), Array.Empty<string>(), null, null, 0, false, start, start);
        return new ColumnSyntax(name, type, collation, constraints, nameToken.Start, nameToken.End, start, PreviousEnd)
        {
            RenamedFrom = RenameAnnotation.Find(_src, _tokens, firstToken, PreviousEnd),
        };
    }

    private bool StartsColumnOption() =>
        IsKw("not") || IsKw("null") || IsKw("default") || IsKw("check") || IsKw("constraint") || IsKw("primary")
        || IsKw("unique") || IsKw("references") || IsKw("generated") || Current.Kind is TokenKind.Comma or TokenKind.CloseParen;

    private List<ConstraintSyntax> ParseColumnConstraints(ref NameSyntax? collation)
    {
        var constraints = new List<ConstraintSyntax>();
        while (true)
        {
            var start = Current.Start;
            string? name = null;
            if (AcceptKw("constraint")) name = ExpectIdentifier("a constraint name");

            if (AcceptKws("not", "null"))
                constraints.Add(new ConstraintSyntax(ConstraintKind.NotNull, name, start, PreviousEnd));
            else if (AcceptKw("null"))
                constraints.Add(new ConstraintSyntax(ConstraintKind.Null, name, start, PreviousEnd));
            else if (AcceptKw("default"))
            {
                var expression = ParseExpression(ExpressionContext.ColumnDefault);
                constraints.Add(new ConstraintSyntax(ConstraintKind.Default, name, start, PreviousEnd) { Expression = expression });
            }
            else if (AcceptKw("check"))
            {
                var expression = ParseParenthesizedExpression();
                var noInherit = AcceptKws("no", "inherit");
                constraints.Add(new ConstraintSyntax(ConstraintKind.Check, name, start, PreviousEnd) { Expression = expression, NoInherit = noInherit });
            }
            else if (AcceptKws("primary", "key"))
            {
                var (include, with) = ParseIndexParameters();
                constraints.Add(new ConstraintSyntax(ConstraintKind.PrimaryKey, name, start, PreviousEnd) { Include = include, WithOptions = with });
            }
            else if (AcceptKw("unique"))
            {
                var nullsNotDistinct = ParseNullsDistinct();
                var (include, with) = ParseIndexParameters();
                constraints.Add(new ConstraintSyntax(ConstraintKind.Unique, name, start, PreviousEnd)
                { NullsNotDistinct = nullsNotDistinct, Include = include, WithOptions = with });
            }
            else if (AcceptKw("references"))
            {
                constraints.Add(ParseReferences(name, start, Array.Empty<string>()));
            }
            else if (AcceptKw("generated"))
            {
                if (AcceptKw("always"))
                {
                    if (AcceptKw("as"))
                    {
                        if (AcceptKw("identity"))
                        {
                            var options = Current.Kind == TokenKind.OpenParen ? ParseParenthesizedSequenceOptions() : null;
                            constraints.Add(new ConstraintSyntax(ConstraintKind.Identity, name, start, PreviousEnd) { IdentityAlways = true, SequenceOptions = options });
                        }
                        else
                        {
                            var expression = ParseParenthesizedExpression();
                            ExpectKw("stored");
                            constraints.Add(new ConstraintSyntax(ConstraintKind.Generated, name, start, PreviousEnd) { Expression = expression });
                        }
                    }
                    else throw Error($"expected AS after GENERATED ALWAYS but found {Describe(Current)}");
                }
                else
                {
                    ExpectKw("by");
                    ExpectKw("default");
                    ExpectKw("as");
                    ExpectKw("identity");
                    var options = Current.Kind == TokenKind.OpenParen ? ParseParenthesizedSequenceOptions() : null;
                    constraints.Add(new ConstraintSyntax(ConstraintKind.Identity, name, start, PreviousEnd) { SequenceOptions = options });
                }
            }
            else if (name == null && AcceptKw("collate"))
                collation = ParseName("a collation name");
            else if (name == null && constraints.Count > 0 && TryParseDeferrability(out var deferrable, out var initiallyDeferred))
            {
                var last = constraints[constraints.Count - 1];
                constraints[constraints.Count - 1] = last with
                {
                    Deferrable = deferrable ?? last.Deferrable,
                    InitiallyDeferred = initiallyDeferred ?? last.InitiallyDeferred,
                };
                if (initiallyDeferred == true && deferrable == null)
                    constraints[constraints.Count - 1] = constraints[constraints.Count - 1] with { Deferrable = true };
            }
            else if (name != null)
                throw Error($"expected a constraint after CONSTRAINT {name} but found {Describe(Current)}");
            else
                return constraints;
        }
    }

    /// <summary>DEFERRABLE / NOT DEFERRABLE / INITIALLY DEFERRED / INITIALLY IMMEDIATE, in any combination.</summary>
    private bool TryParseDeferrability(out bool? deferrable, out bool? initiallyDeferred)
    {
        deferrable = null;
        initiallyDeferred = null;
        var any = false;
        while (true)
        {
            if (AcceptKw("deferrable")) deferrable = true;
            else if (AcceptKws("not", "deferrable")) deferrable = false;
            else if (AcceptKws("initially", "deferred")) initiallyDeferred = true;
            else if (AcceptKws("initially", "immediate")) initiallyDeferred = false;
            else return any;
            any = true;
        }
    }

    private bool ParseNullsDistinct()
    {
        if (AcceptKws("nulls", "not", "distinct")) return true;
        AcceptKws("nulls", "distinct");
        return false;
    }

    private (IReadOnlyList<string> Include, IReadOnlyList<string> With) ParseIndexParameters()
    {
        IReadOnlyList<string> include = Array.Empty<string>();
        IReadOnlyList<string> with = Array.Empty<string>();
        while (true)
        {
            if (AcceptKw("include")) include = ParseIdentifierList("a column name");
            else if (AcceptKw("with")) with = ParseOptionList();
            else if (AcceptKws("using", "index", "tablespace")) ExpectIdentifier("a tablespace name");
            else return (include, with);
        }
    }

    private ConstraintSyntax ParseReferences(string? name, int start, IReadOnlyList<string> columns)
    {
        var table = ParseName("a referenced table name");
        IReadOnlyList<string> referencedColumns = Current.Kind == TokenKind.OpenParen ? ParseIdentifierList("a column name") : Array.Empty<string>();
        string? match = null;
        var onDelete = ReferentialAction.NoAction;
        var onUpdate = ReferentialAction.NoAction;
        IReadOnlyList<string> setColumns = Array.Empty<string>();
        bool deferrable = false, initiallyDeferred = false, notValid = false;
        while (true)
        {
            if (AcceptKw("match"))
            {
                if (AcceptKw("full")) match = "FULL";
                else if (AcceptKw("simple")) match = null;
                else if (AcceptKw("partial")) throw Error("MATCH PARTIAL is not implemented by PostgreSQL");
                else throw Error($"expected FULL or SIMPLE after MATCH but found {Describe(Current)}");
            }
            else if (AcceptKws("on", "delete"))
            {
                onDelete = ParseReferentialAction();
                if (onDelete is ReferentialAction.SetNull or ReferentialAction.SetDefault && Current.Kind == TokenKind.OpenParen)
                    setColumns = ParseIdentifierList("a column name");
            }
            else if (AcceptKws("on", "update")) onUpdate = ParseReferentialAction();
            else if (TryParseDeferrability(out var d, out var i))
            {
                if (d.HasValue) deferrable = d.Value;
                if (i.HasValue) { initiallyDeferred = i.Value; if (i.Value && !d.HasValue) deferrable = true; }
            }
            else if (AcceptKws("not", "valid")) notValid = true;
            else break;
        }
        return new ConstraintSyntax(ConstraintKind.ForeignKey, name, start, PreviousEnd)
        {
            Columns = columns,
            ReferencedTable = table,
            ReferencedColumns = referencedColumns,
            Match = match,
            OnDelete = onDelete,
            OnUpdate = onUpdate,
            OnDeleteSetColumns = setColumns,
            Deferrable = deferrable,
            InitiallyDeferred = initiallyDeferred,
            NotValid = notValid,
        };
    }

    private ReferentialAction ParseReferentialAction()
    {
        if (AcceptKw("cascade")) return ReferentialAction.Cascade;
        if (AcceptKw("restrict")) return ReferentialAction.Restrict;
        if (AcceptKws("no", "action")) return ReferentialAction.NoAction;
        if (AcceptKws("set", "null")) return ReferentialAction.SetNull;
        if (AcceptKws("set", "default")) return ReferentialAction.SetDefault;
        throw Error($"expected CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT but found {Describe(Current)}");
    }

    private ConstraintSyntax ParseTableConstraint()
    {
        var start = Current.Start;
        string? name = null;
        if (AcceptKw("constraint")) name = ExpectIdentifier("a constraint name");
        ConstraintSyntax constraint;
        if (IsKw("primary") && IsKwAt(_pos + 2, "using") && IsKwAt(_pos + 3, "index") || IsKw("unique") && IsKwAt(_pos + 1, "using") && IsKwAt(_pos + 2, "index"))
        {
            var kind = AcceptKw("unique") ? ConstraintKind.Unique : ConstraintKind.PrimaryKey;
            if (kind == ConstraintKind.PrimaryKey) { ExpectKw("primary"); ExpectKw("key"); }
            ExpectKw("using");
            ExpectKw("index");
            var index = ExpectIdentifier("an index name");
            constraint = new ConstraintSyntax(kind, name, start, PreviousEnd) { UsingIndex = index };
        }
        else if (AcceptKws("primary", "key"))
        {
            var columns = ParseIdentifierList("a column name");
            var (include, with) = ParseIndexParameters();
            constraint = new ConstraintSyntax(ConstraintKind.PrimaryKey, name, start, PreviousEnd) { Columns = columns, Include = include, WithOptions = with };
        }
        else if (AcceptKw("unique"))
        {
            var nullsNotDistinct = ParseNullsDistinct();
            var columns = ParseIdentifierList("a column name");
            var (include, with) = ParseIndexParameters();
            constraint = new ConstraintSyntax(ConstraintKind.Unique, name, start, PreviousEnd)
            { Columns = columns, Include = include, WithOptions = with, NullsNotDistinct = nullsNotDistinct };
        }
        else if (AcceptKw("check"))
        {
            var expression = ParseParenthesizedExpression();
            var noInherit = AcceptKws("no", "inherit");
            constraint = new ConstraintSyntax(ConstraintKind.Check, name, start, PreviousEnd) { Expression = expression, NoInherit = noInherit };
        }
        else if (AcceptKws("foreign", "key"))
        {
            var columns = ParseIdentifierList("a column name");
            ExpectKw("references");
            constraint = ParseReferences(name, start, columns);
        }
        else if (AcceptKw("exclude"))
        {
            var method = "btree";
            if (AcceptKw("using")) method = ExpectIdentifier("an index method");
            var elements = ParseIndexElements(exclude: true);
            var (include, with) = ParseIndexParameters();
            ExpressionSyntax? where = null;
            if (AcceptKw("where")) where = ParseParenthesizedExpression();
            constraint = new ConstraintSyntax(ConstraintKind.Exclude, name, start, PreviousEnd)
            { Method = method, Elements = elements, Include = include, WithOptions = with, Where = where };
        }
        else throw Error($"expected PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY or EXCLUDE but found {Describe(Current)}");

        while (true)
        {
            if (TryParseDeferrability(out var d, out var i))
            {
                constraint = constraint with
                {
                    Deferrable = d ?? (i == true ? true : constraint.Deferrable),
                    InitiallyDeferred = i ?? constraint.InitiallyDeferred,
                };
            }
            else if (AcceptKws("not", "valid")) constraint = constraint with { NotValid = true };
            else if (AcceptKws("no", "inherit")) constraint = constraint with { NoInherit = true };
            else break;
        }
        return constraint with { End = PreviousEnd };
    }

    private StatementSyntax ParseAlterTable(int start)
    {
        var ifExists = AcceptKws("if", "exists");
        AcceptKw("only");
        var table = ParseName("a table name");
        Accept(TokenKind.Operator); // ONLY name * form
        var actions = new List<AlterTableActionSyntax>();
        do actions.Add(ParseAlterTableAction());
        while (Accept(TokenKind.Comma));
        return new AlterTableSyntax(table, ifExists, actions, start, PreviousEnd);
    }

    private AlterTableActionSyntax ParseAlterTableAction()
    {
        var start = Current.Start;
        if (AcceptKw("add"))
        {
            if (IsTableConstraintStart())
            {
                var constraint = ParseTableConstraint();
                return new AddConstraintSyntax(constraint, start, PreviousEnd);
            }
            AcceptKw("column");
            var ifNotExists = AcceptKws("if", "not", "exists");
            var column = ParseColumn(allowOptionsOnly: false);
            return new AddColumnSyntax(column, ifNotExists, start, PreviousEnd);
        }
        if (AcceptKw("drop"))
        {
            if (AcceptKw("constraint"))
            {
                var ifExists = AcceptKws("if", "exists");
                var name = ExpectIdentifier("a constraint name");
                if (!AcceptKw("cascade")) AcceptKw("restrict");
                return new DropConstraintSyntax(name, ifExists, start, PreviousEnd);
            }
            AcceptKw("column");
            var ifExistsColumn = AcceptKws("if", "exists");
            var column = ExpectIdentifier("a column name");
            if (!AcceptKw("cascade")) AcceptKw("restrict");
            return new DropColumnSyntax(column, ifExistsColumn, start, PreviousEnd);
        }
        if (AcceptKw("alter"))
        {
            if (AcceptKw("constraint")) throw Unsupported(_pos - 2, 2, "ALTER CONSTRAINT is not supported yet; drop and add the constraint");
            AcceptKw("column");
            var column = ExpectIdentifier("a column name");
            return ParseAlterColumn(column, start);
        }
        if (AcceptKw("rename"))
        {
            if (AcceptKw("to")) return new RenameTableSyntax(ExpectIdentifier("a table name"), start, PreviousEnd);
            if (AcceptKw("constraint"))
            {
                var from = ExpectIdentifier("a constraint name");
                ExpectKw("to");
                return new RenameConstraintSyntax(from, ExpectIdentifier("a constraint name"), start, PreviousEnd);
            }
            AcceptKw("column");
            var fromColumn = ExpectIdentifier("a column name");
            ExpectKw("to");
            return new RenameColumnSyntax(fromColumn, ExpectIdentifier("a column name"), start, PreviousEnd);
        }
        if (TryParseTriggerState(start) is { } triggerState) return triggerState;
        if (AcceptKws("enable", "row", "level", "security")) return new SetTableFlagSyntax(TableFlag.EnableRowSecurity, start, PreviousEnd);
        if (AcceptKws("disable", "row", "level", "security")) return new SetTableFlagSyntax(TableFlag.DisableRowSecurity, start, PreviousEnd);
        if (AcceptKws("force", "row", "level", "security")) return new SetTableFlagSyntax(TableFlag.ForceRowSecurity, start, PreviousEnd);
        if (AcceptKws("no", "force", "row", "level", "security")) return new SetTableFlagSyntax(TableFlag.NoForceRowSecurity, start, PreviousEnd);
        if (AcceptKws("set", "logged")) return new SetTableFlagSyntax(TableFlag.SetLogged, start, PreviousEnd);
        if (AcceptKws("set", "unlogged")) return new SetTableFlagSyntax(TableFlag.SetUnlogged, start, PreviousEnd);
        if (IsKw("set") && PeekToken(1).Kind == TokenKind.OpenParen)
        {
            _pos++;
            return new SetTableOptionsSyntax(ParseOptionList(), false, start, PreviousEnd);
        }
        if (IsKw("reset") && PeekToken(1).Kind == TokenKind.OpenParen)
        {
            _pos++;
            return new SetTableOptionsSyntax(ParseOptionList(), true, start, PreviousEnd);
        }
        if (AcceptKws("replica", "identity"))
        {
            string identity;
            if (AcceptKw("default")) identity = "DEFAULT";
            else if (AcceptKw("full")) identity = "FULL";
            else if (AcceptKw("nothing")) identity = "NOTHING";
            else
            {
                ExpectKw("using");
                ExpectKw("index");
                identity = "USING INDEX " + Postgres.Identifiers.Quote(ExpectIdentifier("an index name"));
            }
            return new SetReplicaIdentitySyntax(identity, start, PreviousEnd);
        }
        if (AcceptKw("inherit")) return new SetInheritanceSyntax(ParseName("a parent table name"), false, start, PreviousEnd);
        if (AcceptKws("no", "inherit")) return new SetInheritanceSyntax(ParseName("a parent table name"), true, start, PreviousEnd);
        if (AcceptKws("owner", "to") || AcceptKws("set", "tablespace"))
        {
            ExpectIdentifier("a name");
            return new IgnoredActionSyntax(start, PreviousEnd);
        }
        throw Unsupported(_pos - 0, 2, "this ALTER TABLE action is not supported yet");
    }

    private AlterTableActionSyntax ParseAlterColumn(string column, int start)
    {
        if (AcceptKws("set", "default"))
            return new AlterColumnSyntax(column, ColumnAlteration.SetDefault, start, PreviousEnd) { Expression = ParseExpression(ExpressionContext.AlterAction) };
        if (AcceptKws("drop", "default")) return new AlterColumnSyntax(column, ColumnAlteration.DropDefault, start, PreviousEnd);
        if (AcceptKws("set", "not", "null")) return new AlterColumnSyntax(column, ColumnAlteration.SetNotNull, start, PreviousEnd);
        if (AcceptKws("drop", "not", "null")) return new AlterColumnSyntax(column, ColumnAlteration.DropNotNull, start, PreviousEnd);
        if (AcceptKws("drop", "expression"))
        {
            AcceptKws("if", "exists");
            return new AlterColumnSyntax(column, ColumnAlteration.DropExpression, start, PreviousEnd);
        }
        if (AcceptKws("drop", "identity"))
        {
            AcceptKws("if", "exists");
            return new AlterColumnSyntax(column, ColumnAlteration.DropIdentity, start, PreviousEnd);
        }
        if (AcceptKws("add", "generated"))
        {
            var always = AcceptKw("always");
            if (!always) { ExpectKw("by"); ExpectKw("default"); }
            ExpectKw("as");
            ExpectKw("identity");
            var options = Current.Kind == TokenKind.OpenParen ? ParseParenthesizedSequenceOptions() : null;
            return new AlterColumnSyntax(column, ColumnAlteration.AddIdentity, start, PreviousEnd) { IdentityAlways = always, SequenceOptions = options };
        }
        if (AcceptKws("set", "data", "type") || AcceptKw("type"))
        {
            var type = ParseType();
            NameSyntax? collation = null;
            if (AcceptKw("collate")) collation = ParseName("a collation name");
            ExpressionSyntax? usingExpression = null;
            if (AcceptKw("using")) usingExpression = ParseExpression(ExpressionContext.AlterAction);
            return new AlterColumnSyntax(column, ColumnAlteration.SetType, start, PreviousEnd) { Type = type, Collation = collation, Expression = usingExpression };
        }
        throw Unsupported(_pos, 2, "this ALTER COLUMN action is not supported yet");
    }

    /// <summary><c>( name [= value], ... )</c> as PostgreSQL stores reloptions: <c>name=value</c>.</summary>
    private IReadOnlyList<string> ParseOptionList()
    {
        Expect(TokenKind.OpenParen, "'('");
        var options = new List<string>();
        do
        {
            var name = ExpectIdentifier("an option name");
            while (Accept(TokenKind.Dot)) name += "." + ExpectIdentifier("an option name");
            if (Current.Kind == TokenKind.Operator && Current.Text(_src) == "=")
            {
                _pos++;
                options.Add(name + "=" + ParseOptionValue());
            }
            else options.Add(name);
        }
        while (Accept(TokenKind.Comma));
        Expect(TokenKind.CloseParen, "')'");
        return options;
    }

    private string ParseOptionValue()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.String or TokenKind.EscapeString or TokenKind.UnicodeString or TokenKind.DollarString:
                return ExpectString("a value");
            case TokenKind.Identifier or TokenKind.QuotedIdentifier:
                return ExpectIdentifier("a value");
            case TokenKind.Integer or TokenKind.Numeric:
                _pos++;
                return token.Text(_src);
            case TokenKind.Operator when token.Text(_src) is "-" or "+":
                _pos++;
                var number = Expect(Current.Kind == TokenKind.Numeric ? TokenKind.Numeric : TokenKind.Integer, "a number");
                return (token.Text(_src) == "-" ? "-" : "") + number.Text(_src);
            default:
                throw Error($"expected an option value but found {Describe(token)}");
        }
    }

    /// <summary>The tokens from <paramref name="first"/> to the current one, as an expression range.</summary>
    private ExpressionSyntax TokenRange(int first)
    {
        if (_pos == first) throw Error($"expected more after {Describe(_tokens[Math.Max(0, first - 1)])}");
        return new ExpressionSyntax(first, _pos, _tokens[first].Start, _tokens[_pos - 1].End);
    }

    /// <summary>Skips tokens, balancing parentheses, until the predicate holds at depth 0 or the statement ends.</summary>
    private void SkipBalancedUntil(Func<bool> stop)
    {
        var depth = 0;
        while (Current.Kind != TokenKind.EndOfFile)
        {
            if (depth == 0 && (Current.Kind == TokenKind.Semicolon || stop())) return;
            if (Current.Kind == TokenKind.OpenParen) depth++;
            else if (Current.Kind == TokenKind.CloseParen)
            {
                if (depth == 0) return;
                depth--;
            }
            _pos++;
        }
    }
}
