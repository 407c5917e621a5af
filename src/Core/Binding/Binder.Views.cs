using SchemaGen.Core.Lexing;
using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

internal sealed partial class Binder
{
    private static readonly string[] SelectListEnds =
    {
        "from", "where", "group", "having", "window", "order", "limit", "offset", "union", "intersect", "except", "fetch", "for", "into",
    };

    private void BindCreateView(CreateViewSyntax statement)
    {
        var name = Resolve(statement.Name);
        RequireSchema(name.Schema, statement.Name);
        if (IsRelationNameTaken(name.Schema, name.Name))
        {
            var existing = _catalog.Views.Find(name);
            if (statement.IfNotExists && existing is { Materialized: true }) return;
            if (!(statement.OrReplace && existing is { Materialized: false }))
                throw new BindException($"relation \"{name.Name}\" already exists", statement.Name);
        }
        var view = new View(name, statement.Materialized, Normalize(statement.Query), Locate(statement.Name))
        {
            Recursive = statement.Recursive,
            ColumnNames = statement.Columns,
            Method = statement.Method is null or "heap" ? null : statement.Method,
            WithNoData = statement.WithNoData,
            Options = NormalizeViewOptions(statement.WithOptions, statement.CheckOption),
            SelectItems = ReadSelectItems(statement.Query),
        };
        CollectViewDependencies(view, statement.Query);
        _catalog.Views.Set(name, view);
    }

    /// <summary>Options as PostgreSQL stores them: a bare boolean option is <c>=true</c>, WITH CHECK OPTION is an option.</summary>
    private static List<string> NormalizeViewOptions(IEnumerable<string> options, string? checkOption)
    {
        var result = options.Select(o => o.Contains('=') ? o : o + "=true").ToList();
        if (checkOption != null)
        {
            result.RemoveAll(o => o.StartsWith("check_option=", StringComparison.Ordinal));
            result.Add("check_option=" + checkOption);
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>
    /// Which relations and columns the query reads, approximated from its identifiers: a name
    /// (or schema.name) of a table or view, and any identifier that is a column of such a table.
    /// </summary>
    private void CollectViewDependencies(View view, ExpressionSyntax query)
    {
        var tokens = _parse.Lex.Tokens;
        var src = _parse.Source;
        var words = new HashSet<string>(StringComparer.Ordinal);
        var star = false;
        for (var i = query.FirstToken; i < query.EndToken; i++)
        {
            var token = tokens[i];
            if (IsStar(i, query.FirstToken)) star = true;
            if (token.Kind is not (TokenKind.Identifier or TokenKind.QuotedIdentifier or TokenKind.UnicodeQuotedIdentifier)) continue;
            var word = TokenValues.Identifier(src, token);
            words.Add(word);
            if (i + 2 < query.EndToken && tokens[i + 1].Kind == TokenKind.Dot
                && tokens[i + 2].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier or TokenKind.UnicodeQuotedIdentifier)
                AddRelation(view, new QualifiedName(word, TokenValues.Identifier(src, tokens[i + 2])));
            // The name after a dot is qualified, one after AS is an alias, one before '(' a function.
            var previous = i > query.FirstToken ? tokens[i - 1] : default;
            if (i > query.FirstToken && (previous.Kind == TokenKind.Dot || TokenValues.IsKeyword(src, previous, "as"))) continue;
            if (i + 1 < query.EndToken && tokens[i + 1].Kind == TokenKind.OpenParen) continue;
            AddRelation(view, new QualifiedName(DefaultSchema, word));
        }
        foreach (var relation in view.Relations)
        {
            if (_catalog.Tables.Find(relation) is not { } table) continue;
            foreach (var column in table.Columns)
                if (star || words.Contains(column.Name))
                    view.Columns.Add((relation, column.Name));
        }
    }

    private void AddRelation(View view, QualifiedName name)
    {
        if (name == view.Name) return;
        if (_catalog.Tables.ContainsKey(name) || _catalog.Views.ContainsKey(name)) view.Relations.Add(name);
    }

    /// <summary>The normalised items of the top-level select list, or null when it cannot be read.</summary>
    private IReadOnlyList<string>? ReadSelectItems(ExpressionSyntax query)
    {
        var tokens = _parse.Lex.Tokens;
        var src = _parse.Source;
        var depth = 0;
        var i = query.FirstToken;
        // The main SELECT is the first one outside parentheses (CTE bodies are parenthesised).
        for (; i < query.EndToken; i++)
        {
            if (tokens[i].Kind == TokenKind.OpenParen) depth++;
            else if (tokens[i].Kind == TokenKind.CloseParen) depth--;
            else if (depth == 0 && TokenValues.IsKeyword(src, tokens[i], "select")) break;
        }
        if (i >= query.EndToken) return null;
        i++;
        if (i < query.EndToken && TokenValues.IsKeyword(src, tokens[i], "all")) i++;
        var items = new List<string>();
        var itemStart = i;
        depth = 0;
        for (; ; i++)
        {
            var atEnd = i >= query.EndToken;
            if (!atEnd)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.OpenParen) { depth++; continue; }
                if (token.Kind == TokenKind.CloseParen) { depth--; continue; }
                if (depth > 0) continue;
                if (IsStar(i, itemStart)) return null;
                var ends = token.Kind == TokenKind.Comma || SelectListEnds.Any(k => TokenValues.IsKeyword(src, token, k));
                if (!ends) continue;
                atEnd = token.Kind != TokenKind.Comma;
            }
            if (i == itemStart) return null;
            items.Add(ExpressionNormalizer.Create(_parse.Lex, new ExpressionSyntax(itemStart, i, tokens[itemStart].Start, tokens[i - 1].End)).Normalized);
            if (atEnd) return items;
            itemStart = i + 1;
        }
    }

    /// <summary>A <c>*</c> that selects all columns (not a multiplication, not <c>count(*)</c>).</summary>
    private bool IsStar(int i, int itemStart)
    {
        var tokens = _parse.Lex.Tokens;
        if (tokens[i].Kind != TokenKind.Operator || tokens[i].Text(_parse.Source) != "*") return false;
        if (i == itemStart) return true;
        var previous = tokens[i - 1];
        return previous.Kind is TokenKind.Dot or TokenKind.Comma
               || TokenValues.IsKeyword(_parse.Source, previous, "select") || TokenValues.IsKeyword(_parse.Source, previous, "distinct")
               || TokenValues.IsKeyword(_parse.Source, previous, "all");
    }

    private void BindAlterView(AlterViewSyntax statement)
    {
        var name = Resolve(statement.Name);
        if (_catalog.Views.Find(name) is not { } view || view.Materialized != statement.Materialized)
        {
            if (statement.IfExists) return;
            throw new BindException($"relation \"{name.Name}\" does not exist", statement.Name);
        }
        switch (statement.Action)
        {
            case AlterViewAction.RenameTo:
            {
                var target = new QualifiedName(name.Schema, statement.To!);
                if (IsRelationNameTaken(target.Schema, target.Name))
                    throw new BindException($"relation \"{target.Name}\" already exists", statement);
                view.Name = target;
                _catalog.Views.Rekey(name, target, view);
                foreach (var index in _catalog.Indexes.Values.Where(i => i.Table == name)) index.Table = target;
                foreach (var other in _catalog.Views.Values)
                    if (other.Relations.Remove(name)) other.Relations.Add(target);
                foreach (var comment in _catalog.Comments.Keys.Where(k => k.Object == name && k.Kind is ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.Column).ToList())
                {
                    var text = _catalog.Comments.Find(comment)!;
                    _catalog.Comments.Remove(comment);
                    _catalog.Comments.Set(comment with { Object = target }, text);
                }
                break;
            }
            case AlterViewAction.RenameColumn:
                // The stored query still reads the same columns; only the output name changes,
                // which this model keeps in the column list.
                var names = view.ColumnNames.ToList();
                var position = names.IndexOf(statement.From!);
                if (position < 0) throw new BindException("renaming a view column not named in the view's column list is not supported", statement);
                names[position] = statement.To!;
                view.ColumnNames = names;
                break;
            case AlterViewAction.SetOptions:
            {
                var options = NormalizeViewOptions(statement.Options, null);
                var keys = options.Select(o => o.Split('=')[0]).ToList();
                view.Options.RemoveAll(o => keys.Contains(o.Split('=')[0]));
                view.Options.AddRange(options);
                view.Options.Sort(StringComparer.Ordinal);
                break;
            }
            case AlterViewAction.ResetOptions:
                view.Options.RemoveAll(o => statement.Options.Contains(o.Split('=')[0]));
                break;
        }
    }

    /// <summary>PostgreSQL takes ALTER TABLE on a view for what views share with tables (OWNER TO, RENAME, options).</summary>
    private void BindAlterTableOnView(AlterTableSyntax statement, QualifiedName name)
    {
        var view = _catalog.Views.Find(name)!;
        foreach (var action in statement.Actions)
        {
            AlterViewSyntax? alter = action switch
            {
                IgnoredActionSyntax => null,
                RenameTableSyntax rename => new AlterViewSyntax(statement.Table, view.Materialized, false, AlterViewAction.RenameTo, action.Start, action.End) { To = rename.To },
                RenameColumnSyntax rename => new AlterViewSyntax(statement.Table, view.Materialized, false, AlterViewAction.RenameColumn, action.Start, action.End)
                    { From = rename.From, To = rename.To },
                SetTableOptionsSyntax options => new AlterViewSyntax(statement.Table, view.Materialized, false,
                    options.Reset ? AlterViewAction.ResetOptions : AlterViewAction.SetOptions, action.Start, action.End) { Options = options.Options },
                _ => throw new BindException($"\"{name.Name}\" is not a table", action),
            };
            if (alter != null) BindAlterView(alter);
        }
    }

    /// <summary>Views reading a dropped relation go with it under CASCADE; without it the drop fails.</summary>
    private void DropDependentViews(DropSyntax statement, NameSyntax nameSyntax, QualifiedName name)
    {
        var dependents = _catalog.Views.Values.Where(v => v.Relations.Contains(name)).ToList();
        if (dependents.Count > 0 && !statement.Cascade)
            throw new BindException($"cannot drop {(_catalog.Tables.ContainsKey(name) ? "table" : "view")} {name.Name} because other objects depend on it", nameSyntax);
        foreach (var dependent in dependents)
            if (_catalog.Views.ContainsKey(dependent.Name))
                DropView(statement with { Kind = dependent.Materialized ? ObjectKind.MaterializedView : ObjectKind.View, IfExists = true },
                    new NameSyntax(new[] { dependent.Name.Schema, dependent.Name.Name }, nameSyntax.Start, nameSyntax.End));
    }

    private void DropView(DropSyntax statement, NameSyntax nameSyntax)
    {
        var name = Resolve(nameSyntax);
        var materialized = statement.Kind == ObjectKind.MaterializedView;
        if (_catalog.Views.Find(name) is not { } view || view.Materialized != materialized)
        {
            if (statement.IfExists) return;
            throw new BindException($"{(materialized ? "materialized view" : "view")} \"{name.Name}\" does not exist", nameSyntax);
        }
        DropDependentViews(statement, nameSyntax, name);
        _catalog.Views.Remove(name);
        foreach (var index in _catalog.Indexes.Values.Where(i => i.Table == name).ToList()) _catalog.Indexes.Remove(index.Name);
        foreach (var comment in _catalog.Comments.Keys.Where(k => k.Object == name).ToList()) _catalog.Comments.Remove(comment);
        foreach (var trigger in _catalog.Triggers.Keys.Where(k => k.Table == name).ToList()) _catalog.Triggers.Remove(trigger);
    }

    /// <summary>The table an index is built on, or null for a materialized view (whose columns the model does not type).</summary>
    private Table? FindIndexedTable(QualifiedName name, SyntaxNode node)
    {
        if (_catalog.Tables.Find(name) is { } table) return table;
        if (_catalog.Views.Find(name) is { Materialized: true }) return null;
        if (_catalog.Views.ContainsKey(name)) throw new BindException($"cannot create index on relation \"{name.Name}\"", node);
        throw new BindException($"relation \"{name.Name}\" does not exist", node);
    }

    /// <summary>COMMENT ON VIEW / MATERIALIZED VIEW, and on a column of either (null when the relation is not a view).</summary>
    private CommentTarget? ViewCommentTarget(CommentSyntax statement)
    {
        if (statement.Kind is ObjectKind.View or ObjectKind.MaterializedView)
        {
            var name = Resolve(statement.Target);
            if (_catalog.Views.Find(name) is not { } view || view.Materialized != (statement.Kind == ObjectKind.MaterializedView))
                throw new BindException($"relation \"{name.Name}\" does not exist", statement.Target);
            return new CommentTarget(statement.Kind, name, null);
        }
        if (statement.Kind == ObjectKind.Column && statement.Target.Parts.Count >= 2)
        {
            var parts = statement.Target.Parts;
            var relation = new QualifiedName(parts.Count >= 3 ? parts[parts.Count - 3] : DefaultSchema, parts[parts.Count - 2]);
            if (_catalog.Views.ContainsKey(relation)) return new CommentTarget(ObjectKind.Column, relation, parts[parts.Count - 1]);
        }
        return null;
    }
}
