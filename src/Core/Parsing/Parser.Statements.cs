using SchemaGen.Core.Lexing;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Parsing;

public sealed partial class Parser
{
    private StatementSyntax ParseStatement()
    {
        var first = _pos;
        var start = Current.Start;
        if (Current.Kind != TokenKind.Identifier) throw Error($"expected a statement but found {Describe(Current)}");
        if (AcceptKw("create")) return ParseCreate(first, start);
        if (AcceptKw("alter")) return ParseAlter(first, start);
        if (AcceptKw("drop")) return ParseDrop(first, start);
        if (AcceptKw("comment")) return ParseComment(start);
        if (IsKw("set") || IsKw("reset") || IsKw("grant") || IsKw("revoke") || IsKw("select")
            || IsKw("insert") || IsKw("update") || IsKw("delete")
            || IsKw("begin") || IsKw("commit") || IsKw("start") || IsKw("end") || IsKw("analyze") || IsKw("vacuum"))
        {
            var word = Current.Text(_src).ToUpperInvariant();
            SkipToStatementEnd();
            return new IgnoredStatementSyntax(word, start, PreviousEnd);
        }
        throw Unsupported(first, 2);
    }

    private void SkipToStatementEnd()
    {
        while (Current.Kind is not (TokenKind.Semicolon or TokenKind.EndOfFile)) _pos++;
    }

    private StatementSyntax ParseCreate(int first, int start)
    {
        var orReplace = AcceptKws("or", "replace");
        if (IsViewStart()) return ParseCreateView(start, orReplace);
        if (AcceptKw("function")) return ParseCreateFunction(start, procedure: false, orReplace);
        if (AcceptKw("procedure")) return ParseCreateFunction(start, procedure: true, orReplace);
        if (AcceptKw("trigger")) return ParseCreateTrigger(start, orReplace, constraint: false);
        if (AcceptKws("constraint", "trigger")) return ParseCreateTrigger(start, orReplace, constraint: true);
        if (orReplace) throw Unsupported(first, 4, "SchemaGen does not manage this object kind yet");
        if (AcceptKw("policy")) return ParseCreatePolicy(start);
        var unique = AcceptKw("unique");
        if (IsKw("index")) { _pos++; return ParseCreateIndex(start, unique); }
        if (unique) throw Error($"expected INDEX after UNIQUE but found {Describe(Current)}");

        var persistence = 'p';
        if (AcceptKw("global") || AcceptKw("local")) { }
        if (AcceptKw("unlogged")) persistence = 'u';
        else if (AcceptKw("temporary") || AcceptKw("temp"))
            throw Unsupported(first, 3, "temporary tables are not part of a schema");

        if (AcceptKw("table")) return ParseCreateTable(start, persistence);
        if (AcceptKw("sequence")) return ParseCreateSequence(start, persistence == 'u');
        if (persistence != 'p') throw Error($"expected TABLE or SEQUENCE after UNLOGGED but found {Describe(Current)}");
        if (AcceptKw("schema")) return ParseCreateSchema(start);
        if (AcceptKw("extension")) return ParseCreateExtension(start);
        if (AcceptKw("type")) return ParseCreateType(first, start);
        if (AcceptKw("domain")) return ParseCreateDomain(start);
        if (AcceptKw("collation")) return ParseCreateCollation(start);
        throw Unsupported(first, 3, "SchemaGen does not manage this object kind yet");
    }

    private StatementSyntax ParseCreateSchema(int start)
    {
        var ifNotExists = AcceptKws("if", "not", "exists");
        string name;
        if (AcceptKw("authorization"))
        {
            name = ExpectIdentifier("a role name");
        }
        else
        {
            name = ExpectIdentifier("a schema name");
            if (AcceptKw("authorization")) ExpectIdentifier("a role name");
        }
        if (Current.Kind is not (TokenKind.Semicolon or TokenKind.EndOfFile))
            throw Error("schema elements inside CREATE SCHEMA are not supported; write them as separate statements");
        return new CreateSchemaSyntax(name, ifNotExists, start, PreviousEnd);
    }

    private StatementSyntax ParseCreateExtension(int start)
    {
        var ifNotExists = AcceptKws("if", "not", "exists");
        var name = ExpectIdentifier("an extension name");
        string? schema = null, version = null;
        AcceptKw("with");
        while (true)
        {
            if (AcceptKw("schema")) schema = ExpectIdentifier("a schema name");
            else if (AcceptKw("version")) version = IsIdentifierToken(Current) ? ExpectIdentifier("a version") : ExpectString("a version");
            else if (AcceptKw("cascade")) { }
            else break;
        }
        return new CreateExtensionSyntax(name, ifNotExists, schema, version, start, PreviousEnd);
    }

    private StatementSyntax ParseCreateSequence(int start, bool unlogged)
    {
        var ifNotExists = AcceptKws("if", "not", "exists");
        var name = ParseName("a sequence name");
        var options = ParseSequenceOptions(allowOwnedBy: true);
        return new CreateSequenceSyntax(name, ifNotExists, options, unlogged, start, PreviousEnd);
    }

    private StatementSyntax ParseAlter(int first, int start)
    {
        if (AcceptKw("table")) return ParseAlterTable(start);
        if (IsKw("view") || IsKw("materialized") && IsKwAt(_pos + 1, "view")) return ParseAlterView(first, start);
        if (AcceptKw("policy")) return ParseAlterPolicy(start);
        if (IsKw("function") || IsKw("procedure")) return ParseAlterRoutine(first, start);
        if (AcceptKw("sequence"))
        {
            var ifExists = AcceptKws("if", "exists");
            var name = ParseName("a sequence name");
            if (IsKw("owner") || IsKw("rename") || IsKw("set") && IsKwAt(_pos + 1, "schema"))
                throw Unsupported(first, 2, "only sequence options can be altered in a schema file");
            var options = ParseSequenceOptions(allowOwnedBy: true);
            return new AlterSequenceSyntax(name, ifExists, options, start, PreviousEnd);
        }
        if (AcceptKw("index"))
        {
            AcceptKws("if", "exists");
            var index = ParseName("an index name");
            if (AcceptKws("rename", "to"))
                return new RenameIndexSyntax(index, ExpectIdentifier("an index name"), start, PreviousEnd);
            throw Unsupported(first, 2, "only ALTER INDEX ... RENAME TO is supported");
        }
        if (AcceptKw("type")) return ParseAlterType(first, start);
        if (AcceptKw("domain")) return ParseAlterDomain(first, start);
        throw Unsupported(first, 2, "SchemaGen does not manage this object kind yet");
    }

    private StatementSyntax ParseDrop(int first, int start)
    {
        if (AcceptKw("function")) return ParseDropRoutine(start, procedure: false);
        if (AcceptKw("procedure")) return ParseDropRoutine(start, procedure: true);
        if (AcceptKw("trigger")) return ParseDropTableMember(start, ObjectKind.Trigger);
        if (AcceptKw("policy")) return ParseDropTableMember(start, ObjectKind.Policy);
        ObjectKind kind;
        if (AcceptKw("table")) kind = ObjectKind.Table;
        else if (AcceptKw("index")) { AcceptKw("concurrently"); kind = ObjectKind.Index; }
        else if (AcceptKw("sequence")) kind = ObjectKind.Sequence;
        else if (AcceptKw("schema")) kind = ObjectKind.Schema;
        else if (AcceptKw("extension")) kind = ObjectKind.Extension;
        else if (AcceptKw("type")) kind = ObjectKind.Type;
        else if (AcceptKw("domain")) kind = ObjectKind.Domain;
        else if (AcceptKw("view")) kind = ObjectKind.View;
        else if (AcceptKws("materialized", "view")) kind = ObjectKind.MaterializedView;
        else if (AcceptKw("collation")) kind = ObjectKind.Collation;
        else throw Unsupported(first, 2, "SchemaGen does not manage this object kind yet");
        var ifExists = AcceptKws("if", "exists");
        var names = new List<NameSyntax>();
        do names.Add(ParseName("a name"));
        while (Accept(TokenKind.Comma));
        var cascade = AcceptKw("cascade");
        if (!cascade) AcceptKw("restrict");
        return new DropSyntax(kind, names, ifExists, cascade, start, PreviousEnd);
    }

    private StatementSyntax ParseComment(int start)
    {
        ExpectKw("on");
        var first = _pos;
        ObjectKind kind;
        if (AcceptKw("table")) kind = ObjectKind.Table;
        else if (AcceptKw("column")) kind = ObjectKind.Column;
        else if (AcceptKw("index")) kind = ObjectKind.Index;
        else if (AcceptKw("sequence")) kind = ObjectKind.Sequence;
        else if (AcceptKw("schema")) kind = ObjectKind.Schema;
        else if (AcceptKw("extension")) kind = ObjectKind.Extension;
        else if (AcceptKw("constraint")) kind = ObjectKind.Constraint;
        else if (AcceptKw("type")) kind = ObjectKind.Type;
        else if (AcceptKw("domain")) kind = ObjectKind.Domain;
        else if (AcceptKw("view")) kind = ObjectKind.View;
        else if (AcceptKws("materialized", "view")) kind = ObjectKind.MaterializedView;
        else if (AcceptKw("function")) kind = ObjectKind.Function;
        else if (AcceptKw("procedure")) kind = ObjectKind.Procedure;
        else if (AcceptKw("trigger")) kind = ObjectKind.Trigger;
        else if (AcceptKw("policy")) kind = ObjectKind.Policy;
        else if (AcceptKw("collation")) kind = ObjectKind.Collation;
        else throw Unsupported(first - 2, 3, "comments on this object kind are not supported yet");
        var target = ParseName("an object name");
        var args = kind is ObjectKind.Function or ObjectKind.Procedure && Current.Kind == TokenKind.OpenParen
            ? ParseFunctionArgs(allowDefaults: false) : null;
        NameSyntax? onTable = null;
        var onDomain = false;
        if (kind is ObjectKind.Constraint or ObjectKind.Trigger or ObjectKind.Policy)
        {
            ExpectKw("on");
            onDomain = kind == ObjectKind.Constraint && AcceptKw("domain");
            onTable = ParseName(onDomain ? "a domain name" : "a table name");
        }
        ExpectKw("is");
        string? text = AcceptKw("null") ? null : ExpectString("a comment string or NULL");
        return new CommentSyntax(kind, target, onTable, text, start, PreviousEnd) { OnDomain = onDomain, Args = args };
    }
}
