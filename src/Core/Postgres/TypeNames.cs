using SchemaGen.Core.Model;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Postgres;

/// <summary>
/// Canonical type spelling: what <c>format_type</c> prints for a type written any of the ways
/// PostgreSQL accepts (<c>int4</c>, <c>varchar(10)</c>, <c>timestamptz</c>, <c>decimal</c>, <c>float(p)</c> ...).
/// </summary>
public static class TypeNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["int"] = "integer", ["int4"] = "integer", ["integer"] = "integer",
        ["int2"] = "smallint", ["smallint"] = "smallint",
        ["int8"] = "bigint", ["bigint"] = "bigint",
        ["float4"] = "real", ["real"] = "real",
        ["float8"] = "double precision", ["double precision"] = "double precision",
        ["bool"] = "boolean", ["boolean"] = "boolean",
        ["decimal"] = "numeric", ["dec"] = "numeric", ["numeric"] = "numeric",
        ["varchar"] = "character varying", ["character varying"] = "character varying",
        ["char"] = "character", ["character"] = "character",
        ["timestamptz"] = "timestamp with time zone",
        ["timetz"] = "time with time zone",
        ["varbit"] = "bit varying", ["bit varying"] = "bit varying",
    };

    /// <summary>Built-in types printed under their own lower-case name.</summary>
    private static readonly HashSet<string> BuiltIns = new(StringComparer.Ordinal)
    {
        "text", "bytea", "date", "uuid", "json", "jsonb", "xml", "money", "inet", "cidr", "macaddr", "macaddr8",
        "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon", "circle", "oid", "regclass",
        "regproc", "regprocedure", "regtype", "regoper", "regoperator", "regconfig", "regdictionary", "regnamespace",
        "regrole", "regcollation", "name", "pg_lsn", "pg_snapshot", "txid_snapshot", "int4range", "int8range",
        "numrange", "tsrange", "tstzrange", "daterange", "int4multirange", "int8multirange", "nummultirange",
        "tsmultirange", "tstzmultirange", "datemultirange", "bpchar", "jsonpath", "xid", "xid8", "cid", "tid",
        "bit", "interval", "timestamp", "time", "record", "void", "trigger", "anyelement", "anyarray",
        "anynonarray", "anyenum", "anyrange", "cstring", "unknown", "event_trigger", "refcursor", "aclitem",
    };

    /// <summary>The serial pseudo-types and the integer type each expands to.</summary>
    public static string? SerialBaseType(TypeSyntax type)
    {
        if (type.Quoted || type.Name.Parts.Count != 1 || type.ArrayDimensions > 0) return null;
        return type.Name.Name switch
        {
            "serial" or "serial4" => "integer",
            "bigserial" or "serial8" => "bigint",
            "smallserial" or "serial2" => "smallint",
            _ => null,
        };
    }

    /// <summary>The canonical type of a written type; user types are resolved to <paramref name="defaultSchema"/> when unqualified.</summary>
    public static DataType Canonicalize(TypeSyntax type, string defaultSchema = "public")
    {
        var arrays = type.ArrayDimensions > 0 ? "[]" : "";
        var parts = type.Name.Parts;
        var builtIn = !type.Quoted && (parts.Count == 1 || parts.Count == 2 && parts[0] == "pg_catalog");
        if (type.Quoted && parts.Count == 1 && parts[0] == "char")
            return new DataType("\"char\"" + arrays, null);
        if (builtIn)
        {
            var name = parts[parts.Count - 1];
            var spelled = SpellBuiltIn(name, type);
            if (spelled != null) return new DataType(spelled + arrays, null);
        }
        var schema = parts.Count >= 2 ? parts[parts.Count - 2] : defaultSchema;
        var qualified = new QualifiedName(schema, parts[parts.Count - 1]);
        var modifiers = type.Modifiers.Count == 0 ? "" : "(" + string.Join(",", type.Modifiers.Select(Compact)) + ")";
        return new DataType(qualified.ToSql() + modifiers + arrays, qualified);
    }

    private static string? SpellBuiltIn(string name, TypeSyntax type)
    {
        IReadOnlyList<string> modifiers = type.Modifiers.Count == 0 ? Array.Empty<string>() : type.Modifiers.Select(Compact).ToList();
        string Mods() => modifiers.Count == 0 ? "" : "(" + string.Join(",", modifiers) + ")";

        switch (name)
        {
            case "serial" or "serial4": return "integer";
            case "bigserial" or "serial8": return "bigint";
            case "smallserial" or "serial2": return "smallint";
            case "float":
                if (modifiers.Count == 1 && int.TryParse(modifiers[0], out var precision))
                    return precision <= 24 ? "real" : "double precision";
                return "double precision";
            case "timestamp":
            case "time":
            {
                var zone = type.TimeZone == "with" ? " with time zone" : " without time zone";
                return name + Mods() + zone;
            }
            case "timestamptz": return "timestamp" + Mods() + " with time zone";
            case "timetz": return "time" + Mods() + " with time zone";
            case "interval":
                return "interval" + (type.IntervalFields is null ? "" : " " + type.IntervalFields) + Mods();
            case "character" or "char":
                return "character" + (modifiers.Count == 0 ? "(1)" : Mods());
            case "bpchar":
                return modifiers.Count == 0 ? "bpchar" : "character" + Mods();
            case "bit":
                return "bit" + (modifiers.Count == 0 ? "(1)" : Mods());
        }
        if (Aliases.TryGetValue(name, out var canonical)) return canonical + Mods();
        if (BuiltIns.Contains(name)) return name + Mods();
        return null;
    }

    /// <summary>The same type reference (modifiers, array bounds) pointing at a renamed or moved user type.</summary>
    public static DataType Retarget(DataType type, QualifiedName to)
    {
        var suffix = type.Sql.Substring(type.UserType!.Value.ToSql().Length);
        return new DataType(to.ToSql() + suffix, to);
    }

    private static string Compact(string modifier) => modifier.Replace(" ", "").ToLowerInvariant();

    /// <summary>The smallest and largest value of an integer type, for sequence defaults.</summary>
    public static (long Min, long Max) IntegerRange(string type) => type switch
    {
        "smallint" => (short.MinValue, short.MaxValue),
        "integer" => (int.MinValue, int.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };
}
