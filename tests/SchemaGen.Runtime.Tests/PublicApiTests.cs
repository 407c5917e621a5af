using System.Reflection;
using System.Text;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// The public surface is checked in (PublicApi.txt) so that growing it is a visible, reviewed
/// change; the source generator and other teams code against it.
/// </summary>
public class PublicApiTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void Public_api_matches_the_approved_list()
    {
        var actual = Describe(typeof(MigrationRunner).Assembly);
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi.txt");
        var approved = File.ReadAllText(approvedPath).ReplaceLineEndings("\n");

        // On purpose, the failure message is the new list, ready to paste after review.
        Assert.True(approved == actual, "Public API changed. If intended, replace tests/SchemaGen.Runtime.Tests/PublicApi.txt with:\n" + actual);
    }

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeKind(type)).Append(' ').Append(type.FullName);
            var bases = type.GetInterfaces().Select(i => Name(i)).Order(StringComparer.Ordinal).ToList();
            if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType))
                bases.Insert(0, Name(b));
            if (bases.Count > 0)
                text.Append(" : ").Append(string.Join(", ", bases));
            text.Append('\n');

            var members = type
                .GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(Member)
                .OfType<string>()
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
                text.Append("    ").Append(member).Append('\n');
        }

        return text.ToString();
    }

    private static string TypeKind(Type type) => type switch
    {
        { IsInterface: true } => "interface",
        { IsEnum: true } => "enum",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsSealed: true } => "sealed class",
        _ => "class",
    };

    private static string? Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"{c.DeclaringType!.Name}({Parameters(c)})",
        MethodInfo { IsSpecialName: true } => null,
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType, Nullability.Create(m.ReturnParameter))} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{Name(p.PropertyType, Nullability.Create(p))} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? "set; " : "")}}}",
        FieldInfo f => $"{(f.IsStatic ? "static " : "")}{Name(f.FieldType, Nullability.Create(f))} {f.Name}",
        _ => $"{member.MemberType} {member.Name}",
    };

    private static string Parameters(MethodBase method) => string.Join(
        ", ",
        method.GetParameters().Select(p =>
            $"{Name(p.ParameterType, Nullability.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? (p.ParameterType.IsValueType ? "default" : "null")) : "")}"));

    private static string Name(Type type, NullabilityInfo? nullability = null)
    {
        var nullable = nullability?.ReadState == NullabilityState.Nullable && !type.IsValueType ? "?" : "";
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return Name(underlying) + "?";
        if (!type.IsGenericType)
            return (type.Namespace == "System" ? type.Name : type.FullName ?? type.Name) + nullable;
        var args = type.GetGenericArguments()
            .Select((t, i) => Name(t, nullability?.GenericTypeArguments.ElementAtOrDefault(i)));
        var name = type.GetGenericTypeDefinition().FullName!;
        return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", args)}>{nullable}";
    }
}
