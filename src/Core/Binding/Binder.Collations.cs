using SchemaGen.Core.Model;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

internal sealed partial class Binder
{
    private static readonly HashSet<string> CollationOptions = new(StringComparer.Ordinal)
    {
        "provider", "locale", "lc_collate", "lc_ctype", "deterministic", "rules", "version",
    };

    private void BindCreateCollation(CreateCollationSyntax statement)
    {
        var name = Resolve(statement.Name);
        RequireSchema(name.Schema, statement.Name);
        if (_catalog.Collations.ContainsKey(name))
        {
            if (statement.IfNotExists) return;
            throw new BindException($"collation \"{name.Name}\" already exists", statement.Name);
        }
        var options = new List<KeyValuePair<string, string>>();
        foreach (var option in statement.Options)
        {
            if (!CollationOptions.Contains(option.Key))
                throw new BindException($"collation attribute \"{option.Key}\" not recognized", statement);
            // Provider names and booleans are case-insensitive words; locales are kept as written.
            var value = option.Key is "provider" or "deterministic" ? option.Value.ToLowerInvariant() : option.Value;
            if (option.Key == "deterministic") value = value is "true" or "on" or "1" or "yes" ? "true" : "false";
            options.Add(new KeyValuePair<string, string>(option.Key, value));
        }
        if (statement.From is null && !options.Any(o => o.Key is "locale" or "lc_collate" or "lc_ctype"))
            throw new BindException("parameter \"locale\" must be specified", statement);
        QualifiedName? from = null;
        if (statement.From is { } source)
        {
            // An unqualified name finds the schema's own collation first, else a built-in one.
            var own = Resolve(source);
            from = source.Schema is null && !_catalog.Collations.ContainsKey(own) ? new QualifiedName("pg_catalog", source.Name) : own;
        }
        _catalog.Collations.Set(name, new Collation(name, from, options, Locate(statement)));
    }

    private void DropCollation(DropSyntax statement, NameSyntax nameSyntax)
    {
        var name = Resolve(nameSyntax);
        if (!_catalog.Collations.Remove(name) && !statement.IfExists)
            throw new BindException($"collation \"{name.Name}\" for encoding \"UTF8\" does not exist", nameSyntax);
        _catalog.Comments.Remove(new CommentTarget(ObjectKind.Collation, name, null));
    }
}
