using SchemaGen.Core.Lexing;
using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

internal sealed partial class Binder
{
    private void BindCreateIndex(CreateIndexSyntax statement)
    {
        var tableName = Resolve(statement.Table);
        var table = FindIndexedTable(tableName, statement.Table);
        foreach (var element in statement.Elements)
            if (element.Column != null && table != null && table.FindColumn(element.Column) == null)
                throw new BindException($"column \"{element.Column}\" does not exist", element);
        foreach (var column in statement.Include)
            if (table != null && table.FindColumn(column) == null)
                throw new BindException($"column \"{column}\" does not exist", statement);

        string name;
        if (statement.Name != null)
        {
            name = statement.Name;
            if (IsRelationNameTaken(tableName.Schema, name))
            {
                if (statement.IfNotExists) return;
                throw new BindException($"relation \"{name}\" already exists", statement);
            }
        }
        else
        {
            var columns = ObjectNaming.UniqueColumnNames(statement.Elements.Select(FigureIndexColumnName));
            name = ObjectNaming.ChooseName(tableName.Name, ObjectNaming.JoinColumnNames(columns), "idx",
                n => IsRelationNameTaken(tableName.Schema, n) || IsConstraintNameTaken(tableName.Schema, n));
        }

        var qualified = new QualifiedName(tableName.Schema, name);
        var location = statement.Name != null ? Locate(statement.NameStart, statement.NameStart + statement.Name.Length) : Locate(statement);
        var method = statement.Method;
        var elements = statement.Elements.Select(BindIndexElement).ToList();
        _catalog.Indexes.Set(qualified, new Model.Index(qualified, tableName, location)
        {
            Unique = statement.Unique,
            Method = method,
            Elements = elements,
            Include = statement.Include,
            NullsNotDistinct = statement.NullsNotDistinct,
            // pg_get_indexdef prints storage parameters in the order they were given.
            WithOptions = statement.WithOptions,
            Where = statement.Where is null ? null : Normalize(statement.Where),
        });
    }

    /// <summary>
    /// The name an index key contributes to a generated index name (FigureIndexColname):
    /// the column, the called function, or a cast's operand or type; "expr" otherwise.
    /// </summary>
    private string FigureIndexColumnName(IndexElementSyntax element)
    {
        if (element.Column != null) return element.Column;
        var expression = element.Expression!;
        var tokens = _parse.Lex.Tokens;
        var first = expression.FirstToken;
        var count = expression.EndToken - first;
        bool IsName(int i) => tokens[i].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;
        if (count >= 3 && IsName(first))
        {
            var i = first;
            while (i + 2 < expression.EndToken && tokens[i + 1].Kind == TokenKind.Dot && IsName(i + 2)) i += 2;
            if (i + 1 < expression.EndToken && tokens[i + 1].Kind == TokenKind.OpenParen)
            {
                var function = TokenValues.Identifier(_parse.Source, tokens[i]);
                return function;
            }
        }
        if (count >= 1 && IsName(first))
        {
            var i = first;
            while (i + 2 < expression.EndToken && tokens[i + 1].Kind == TokenKind.Dot && IsName(i + 2)) i += 2;
            if (i + 1 == expression.EndToken || tokens[i + 1].Kind == TokenKind.DoubleColon)
                return TokenValues.Identifier(_parse.Source, tokens[i]);
        }
        for (var i = expression.EndToken - 1; i > first; i--)
            if (tokens[i - 1].Kind == TokenKind.DoubleColon && IsName(i) && i == expression.EndToken - 1)
                return TokenValues.Identifier(_parse.Source, tokens[i]);
        return "expr";
    }

    private void BindRenameIndex(RenameIndexSyntax statement)
    {
        var name = Resolve(statement.Index);
        var target = new QualifiedName(name.Schema, statement.To);
        if (_catalog.Indexes.TryGetValue(name, out var index))
        {
            index.Name = target;
            _catalog.Indexes.Rekey(name, target, index);
            return;
        }
        if (FindConstraintIndex(name) is { } owner)
        {
            owner.Constraint.Name = statement.To;
            return;
        }
        throw new BindException($"relation \"{name.Name}\" does not exist", statement.Index);
    }
}
