using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

internal sealed partial class Binder
{
    private void BindCreateEnum(CreateEnumSyntax statement)
    {
        var name = DeclareTypeName(statement.Name);
        var type = new EnumType(name, Locate(statement.Name));
        foreach (var label in statement.Labels)
        {
            CheckEnumLabel(label, statement);
            if (type.Labels.Contains(label))
                throw new BindException($"enum label \"{label}\" used more than once", statement);
            type.Labels.Add(label);
        }
        _catalog.Types.Set(name, type);
    }

    private void BindCreateComposite(CreateCompositeSyntax statement)
    {
        var name = DeclareTypeName(statement.Name);
        var type = new CompositeType(name, Locate(statement.Name));
        foreach (var attribute in statement.Attributes)
        {
            if (type.Attributes.Any(a => a.Name == attribute.Name))
                throw new BindException($"column \"{attribute.Name}\" specified more than once", attribute);
            type.Attributes.Add(BindAttribute(attribute));
        }
        _catalog.Types.Set(name, type);
    }

    private TypeAttribute BindAttribute(AttributeSyntax syntax)
    {
        if (TypeNames.SerialBaseType(syntax.Type) != null)
            throw new BindException($"type \"{syntax.Type.Name.Name}\" does not exist", syntax.Type);
        return new TypeAttribute(syntax.Name, TypeNames.Canonicalize(syntax.Type),
            syntax.Collation is null ? null : CollationName(syntax.Collation));
    }

    private void BindCreateDomain(CreateDomainSyntax statement)
    {
        var name = DeclareTypeName(statement.Name);
        if (TypeNames.SerialBaseType(statement.BaseType) != null)
            throw new BindException($"type \"{statement.BaseType.Name.Name}\" does not exist", statement.BaseType);
        var baseType = TypeNames.Canonicalize(statement.BaseType);
        var domain = new Domain(name, baseType, Locate(statement.Name))
        {
            Collation = statement.Collation is null ? null : CollationName(statement.Collation),
            Default = statement.Default is null ? null : Normalize(statement.Default),
        };
        bool? notNull = null;
        foreach (var constraint in statement.Constraints)
        {
            switch (constraint.Kind)
            {
                case ConstraintKind.NotNull:
                case ConstraintKind.Null:
                    var value = constraint.Kind == ConstraintKind.NotNull;
                    if (notNull.HasValue && notNull.Value != value)
                        throw new BindException("conflicting NULL/NOT NULL constraints", constraint);
                    notNull = value;
                    break;
                case ConstraintKind.Check:
                    AddDomainCheck(domain, constraint, notValid: false);
                    break;
            }
        }
        domain.NotNull = notNull ?? false;
        _catalog.Types.Set(name, domain);
    }

    /// <summary>
    /// Names a domain CHECK the way domainAddConstraint does: a given name must be new for the
    /// domain; a generated <c>&lt;domain&gt;_check</c> must be new in the whole schema.
    /// </summary>
    private void AddDomainCheck(Domain domain, ConstraintSyntax syntax, bool notValid)
    {
        string name;
        if (syntax.Name != null)
        {
            if (domain.Constraints.Any(c => c.Name == syntax.Name))
                throw new BindException($"constraint \"{syntax.Name}\" for domain \"{domain.Name.Name}\" already exists", syntax);
            name = syntax.Name;
        }
        else
        {
            name = ObjectNaming.ChooseName(domain.Name.Name, null, "check",
                n => domain.Constraints.Any(c => c.Name == n) || IsConstraintNameTaken(domain.Name.Schema, n));
        }
        domain.Constraints.Add(new DomainConstraint(name, Normalize(syntax.Expression!), notValid, Locate(syntax)));
    }

    /// <summary>A new type's name: its schema must exist and no type or table (whose row type it would be) may hold it.</summary>
    private QualifiedName DeclareTypeName(NameSyntax syntax)
    {
        var name = Resolve(syntax);
        RequireSchema(name.Schema, syntax);
        if (IsTypeNameTaken(name))
            throw new BindException($"type \"{name.Name}\" already exists", syntax);
        return name;
    }

    private bool IsTypeNameTaken(QualifiedName name) =>
        _catalog.Types.ContainsKey(name) || _catalog.Tables.ContainsKey(name);

    private static void CheckEnumLabel(string label, Syntax.SyntaxNode node)
    {
        if (label.Length == 0) throw new BindException("invalid enum label \"\"", node);
        if (Identifiers.ByteLength(label) > Identifiers.MaxBytes)
            throw new BindException($"invalid enum label \"{label}\": labels must be {Identifiers.MaxBytes} bytes or less", node);
    }

    private UserType RequireType(NameSyntax syntax, string kind = "type")
    {
        var name = Resolve(syntax);
        return _catalog.Types.Find(name) ?? throw new BindException($"{kind} \"{syntax}\" does not exist", syntax);
    }

    private void BindAlterType(AlterTypeSyntax statement)
    {
        var type = RequireType(statement.Name);
        foreach (var action in statement.Actions)
        {
            switch (action)
            {
                case AddEnumValueSyntax add: AddEnumValue(RequireEnum(type, statement.Name), add); break;
                case RenameEnumValueSyntax rename:
                {
                    var labels = RequireEnum(type, statement.Name).Labels;
                    var index = labels.IndexOf(rename.From);
                    if (index < 0) throw new BindException($"\"{rename.From}\" is not an existing enum label", rename);
                    if (rename.From == rename.To) break;
                    if (labels.Contains(rename.To)) throw new BindException($"enum label \"{rename.To}\" already exists", rename);
                    CheckEnumLabel(rename.To, rename);
                    labels[index] = rename.To;
                    break;
                }
                case AddAttributeSyntax add:
                {
                    var composite = RequireComposite(type, statement.Name);
                    if (composite.Attributes.Any(a => a.Name == add.Attribute.Name))
                        throw new BindException($"column \"{add.Attribute.Name}\" of relation \"{type.Name.Name}\" already exists", add.Attribute);
                    composite.Attributes.Add(BindAttribute(add.Attribute));
                    break;
                }
                case DropAttributeSyntax drop:
                {
                    var composite = RequireComposite(type, statement.Name);
                    var removed = composite.Attributes.RemoveAll(a => a.Name == drop.Attribute);
                    if (removed == 0 && !drop.IfExists)
                        throw new BindException($"column \"{drop.Attribute}\" of relation \"{type.Name.Name}\" does not exist", drop);
                    break;
                }
                case AlterAttributeTypeSyntax alter:
                {
                    var composite = RequireComposite(type, statement.Name);
                    var index = composite.Attributes.FindIndex(a => a.Name == alter.Attribute);
                    if (index < 0) throw new BindException($"column \"{alter.Attribute}\" of relation \"{type.Name.Name}\" does not exist", alter);
                    composite.Attributes[index] = composite.Attributes[index] with
                    {
                        Type = TypeNames.Canonicalize(alter.Type),
                        Collation = alter.Collation is null ? null : CollationName(alter.Collation),
                    };
                    break;
                }
                case RenameAttributeSyntax rename:
                {
                    var composite = RequireComposite(type, statement.Name);
                    var index = composite.Attributes.FindIndex(a => a.Name == rename.From);
                    if (index < 0) throw new BindException($"column \"{rename.From}\" does not exist", rename);
                    if (composite.Attributes.Any(a => a.Name == rename.To))
                        throw new BindException($"column \"{rename.To}\" of relation \"{type.Name.Name}\" already exists", rename);
                    composite.Attributes[index] = composite.Attributes[index] with { Name = rename.To };
                    break;
                }
                default:
                    BindCommonTypeAction(type, action);
                    break;
            }
        }
    }

    private static EnumType RequireEnum(UserType type, NameSyntax name) =>
        type as EnumType ?? throw new BindException($"\"{name}\" is not an enum", name);

    private static CompositeType RequireComposite(UserType type, NameSyntax name) =>
        type as CompositeType ?? throw new BindException($"\"{name}\" is not a composite type", name);

    private static void AddEnumValue(EnumType type, AddEnumValueSyntax add)
    {
        if (type.Labels.Contains(add.Label))
        {
            if (add.IfNotExists) return;
            throw new BindException($"enum label \"{add.Label}\" already exists", add);
        }
        CheckEnumLabel(add.Label, add);
        var position = type.Labels.Count;
        if (add.Neighbor != null)
        {
            var neighbor = type.Labels.IndexOf(add.Neighbor);
            if (neighbor < 0) throw new BindException($"\"{add.Neighbor}\" is not an existing enum label", add);
            position = add.Before ? neighbor : neighbor + 1;
        }
        type.Labels.Insert(position, add.Label);
    }

    private void BindAlterDomain(AlterDomainSyntax statement)
    {
        var domain = RequireType(statement.Name) as Domain
                     ?? throw new BindException($"\"{statement.Name}\" is not a domain", statement.Name);
        switch (statement.Action)
        {
            case SetDomainDefaultSyntax set:
                domain.Default = set.Default is null ? null : Normalize(set.Default);
                break;
            case SetDomainNotNullSyntax set:
                domain.NotNull = set.NotNull;
                break;
            case AddDomainConstraintSyntax add:
                if (add.Constraint.Kind == ConstraintKind.NotNull) domain.NotNull = true;
                else AddDomainCheck(domain, add.Constraint, add.Constraint.NotValid);
                break;
            case DropDomainConstraintSyntax drop:
                if (domain.Constraints.RemoveAll(c => c.Name == drop.Name) == 0)
                {
                    if (drop.IfExists) break;
                    throw new BindException($"constraint \"{drop.Name}\" of domain \"{domain.Name.Name}\" does not exist", drop);
                }
                _catalog.Comments.Remove(new CommentTarget(ObjectKind.Domain, domain.Name, drop.Name));
                break;
            case RenameDomainConstraintSyntax rename:
            {
                var index = domain.Constraints.FindIndex(c => c.Name == rename.From);
                if (index < 0) throw new BindException($"constraint \"{rename.From}\" for domain \"{domain.Name.Name}\" does not exist", rename);
                if (domain.Constraints.Any(c => c.Name == rename.To))
                    throw new BindException($"constraint \"{rename.To}\" for domain \"{domain.Name.Name}\" already exists", rename);
                domain.Constraints[index] = domain.Constraints[index] with { Name = rename.To };
                MoveComment(new CommentTarget(ObjectKind.Domain, domain.Name, rename.From), new CommentTarget(ObjectKind.Domain, domain.Name, rename.To));
                break;
            }
            case ValidateDomainConstraintSyntax validate:
            {
                var index = domain.Constraints.FindIndex(c => c.Name == validate.Name);
                if (index < 0) throw new BindException($"constraint \"{validate.Name}\" of domain \"{domain.Name.Name}\" does not exist", validate);
                domain.Constraints[index] = domain.Constraints[index] with { NotValid = false };
                break;
            }
            default:
                BindCommonTypeAction(domain, statement.Action);
                break;
        }
    }

    /// <summary>RENAME TO, SET SCHEMA and OWNER TO, which types and domains share.</summary>
    private void BindCommonTypeAction(UserType type, AlterTypeActionSyntax action)
    {
        switch (action)
        {
            case RenameTypeSyntax rename:
                MoveType(type, new QualifiedName(type.Name.Schema, rename.To), action);
                break;
            case SetTypeSchemaSyntax set:
                RequireSchema(set.Schema, action);
                MoveType(type, new QualifiedName(set.Schema, type.Name.Name), action);
                break;
            case IgnoredTypeActionSyntax:
                break;
            default:
                throw new BindException("this ALTER action does not apply to " + (type is Domain ? "a domain" : "this type"), action);
        }
    }

    /// <summary>Renames or moves a type; what uses it follows, as it does in PostgreSQL (by OID).</summary>
    private void MoveType(UserType type, QualifiedName to, Syntax.SyntaxNode node)
    {
        var from = type.Name;
        if (from == to) return;
        if (IsTypeNameTaken(to)) throw new BindException($"type \"{to.Name}\" already exists", node);
        type.Name = to;
        _catalog.Types.Rekey(from, to, type);
        DataType Retarget(DataType data) => data.UserType == from ? TypeNames.Retarget(data, to) : data;
        foreach (var table in _catalog.Tables.Values)
            foreach (var column in table.Columns)
                column.Type = Retarget(column.Type);
        foreach (var other in _catalog.Types.Values)
        {
            if (other is Domain domain) domain.BaseType = Retarget(domain.BaseType);
            else if (other is CompositeType composite)
                for (var i = 0; i < composite.Attributes.Count; i++)
                    composite.Attributes[i] = composite.Attributes[i] with { Type = Retarget(composite.Attributes[i].Type) };
        }
        foreach (var target in _catalog.Comments.Keys.Where(k => k.Kind is ObjectKind.Type or ObjectKind.Domain && k.Object == from).ToList())
            MoveComment(target, target with { Object = to });
    }

    private void MoveComment(CommentTarget from, CommentTarget to)
    {
        if (!_catalog.Comments.TryGetValue(from, out var text)) return;
        _catalog.Comments.Rekey(from, to, text);
    }

    private void DropType(DropSyntax statement, NameSyntax nameSyntax)
    {
        var name = Resolve(nameSyntax);
        if (!_catalog.Types.TryGetValue(name, out var type))
        {
            if (statement.IfExists) return;
            throw new BindException($"type \"{nameSyntax}\" does not exist", nameSyntax);
        }
        if (statement.Kind == ObjectKind.Domain && type is not Domain)
            throw new BindException($"\"{nameSyntax}\" is not a domain", nameSyntax);
        var users = _catalog.Tables.Values.SelectMany(t => t.Columns.Where(c => c.Type.UserType == name).Select(c => (Table: t, Column: c))).ToList();
        var typeUsers = _catalog.Types.Values.Where(t => t.UsedTypes.Any(u => u.UserType == name)).ToList();
        if ((users.Count > 0 || typeUsers.Count > 0) && !statement.Cascade)
            throw new BindException($"cannot drop type {name.Name} because other objects depend on it", nameSyntax);
        foreach (var (table, column) in users)
            DropColumn(table, new DropColumnSyntax(column.Name, false, nameSyntax.Start, nameSyntax.End));
        foreach (var user in typeUsers)
        {
            if (user is CompositeType composite) composite.Attributes.RemoveAll(a => a.Type.UserType == name);
            else _catalog.Types.Remove(user.Name);
        }
        _catalog.Types.Remove(name);
        foreach (var comment in _catalog.Comments.Keys.Where(k => k.Kind is ObjectKind.Type or ObjectKind.Domain && k.Object == name).ToList())
            _catalog.Comments.Remove(comment);
    }

    /// <summary>COMMENT ON TYPE / DOMAIN / CONSTRAINT ... ON DOMAIN; a domain's comments are keyed as kind Domain.</summary>
    private CommentTarget TypeCommentTarget(CommentSyntax statement)
    {
        if (statement.Kind == ObjectKind.Constraint)
        {
            var domain = RequireType(statement.OnTable!, "domain") as Domain
                         ?? throw new BindException($"\"{statement.OnTable}\" is not a domain", statement.OnTable!);
            if (domain.Constraints.All(c => c.Name != statement.Target.Name))
                throw new BindException($"constraint \"{statement.Target.Name}\" for domain \"{domain.Name.Name}\" does not exist", statement.Target);
            return new CommentTarget(ObjectKind.Domain, domain.Name, statement.Target.Name);
        }
        var type = RequireType(statement.Target, statement.Kind == ObjectKind.Domain ? "domain" : "type");
        if (statement.Kind == ObjectKind.Domain && type is not Domain)
            throw new BindException($"\"{statement.Target}\" is not a domain", statement.Target);
        return new CommentTarget(type is Domain ? ObjectKind.Domain : ObjectKind.Type, type.Name, null);
    }
}
