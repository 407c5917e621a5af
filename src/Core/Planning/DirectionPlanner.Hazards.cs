using SchemaGen.Core.Model;

namespace SchemaGen.Core.Planning;

/// <summary>
/// What the planner knows about a change beyond its SQL: whether a type change can lose values,
/// whether an added column forces a rewrite, whether a drop and an add look like one rename.
/// </summary>
internal sealed partial class DirectionPlanner
{
    private static readonly string[] IntegerTypes = { "smallint", "integer", "bigint" };

    /// <summary>Decimal digits each integer type needs, to tell whether a numeric(p,s) holds it.</summary>
    private static int IntegerDigits(string type) => type switch { "smallint" => 5, "integer" => 10, _ => 19 };

    /// <summary>
    /// Whether converting existing values from <paramref name="from"/> to <paramref name="to"/> can
    /// truncate, round or fail. Only conversions known to keep every value are safe; anything else
    /// (text to a number, a shorter varchar, fewer digits, a timestamp to a date) is not.
    /// </summary>
    private bool CanLoseData(DataType from, DataType to)
    {
        // Between two user types that both exist on both sides (not one renamed into the other),
        // every value must be a valid value of the other type, which PostgreSQL only checks row by row.
        if (from.UserType is { } a && to.UserType is { } b && a != b)
            return _new.Types.ContainsKey(a) && _old.Types.ContainsKey(b);
        return CanLoseValues(from, to);
    }

    private static bool CanLoseValues(DataType from, DataType to)
    {
        if (from.Sql == to.Sql) return false;
        var fromArray = from.Sql.EndsWith("[]", StringComparison.Ordinal);
        if (fromArray != to.Sql.EndsWith("[]", StringComparison.Ordinal)) return true;
        // A user type on both sides may be the same type renamed or moved; its conversion is the planner's own.
        if (from.UserType != null && to.UserType != null) return false;
        if (to.UserType != null) return true;

        var fromBase = ZonedBaseName(from.Sql);
        var toBase = ZonedBaseName(to.Sql);
        var fromMods = Modifiers(from.Sql);
        var toMods = Modifiers(to.Sql);

        if (StringTypes.Contains(toBase) && toBase != "text" && toMods.Length == 1)
        {
            // A limited string keeps what fits: shorter strings of the same kind only.
            return !(StringTypes.Contains(fromBase) && fromMods.Length == 1 && fromMods[0] <= toMods[0]);
        }
        if (StringTypes.Contains(toBase)) return false;
        if (StringTypes.Contains(fromBase)) return true;

        if (fromBase == toBase)
        {
            if (toMods.Length == 0) return false;
            if (fromMods.Length == 0) return true;
            if (fromBase == "numeric")
            {
                var fromScale = fromMods.Length > 1 ? fromMods[1] : 0;
                var toScale = toMods.Length > 1 ? toMods[1] : 0;
                return toScale < fromScale || toMods[0] - toScale < fromMods[0] - fromScale;
            }
            return toMods[0] < fromMods[0];
        }

        if (IntegerTypes.Contains(fromBase))
        {
            return toBase switch
            {
                "smallint" or "integer" or "bigint" => Array.IndexOf(IntegerTypes, toBase) < Array.IndexOf(IntegerTypes, fromBase),
                "numeric" => toMods.Length > 0 && toMods[0] - (toMods.Length > 1 ? toMods[1] : 0) < IntegerDigits(fromBase),
                "real" => fromBase != "smallint",
                "double precision" => fromBase == "bigint",
                _ => true,
            };
        }
        if (fromBase == "real") return toBase is not ("double precision" or "numeric") || toMods.Length > 0;
        if (fromBase == "boolean") return !IntegerTypes.Contains(toBase);
        if (fromBase == "date") return toBase is not ("timestamp" or "timestamptz") || toMods.Length > 0;
        if (fromBase == "timestamp") return toBase != "timestamptz" || toMods.Length > 0 && (fromMods.Length == 0 || toMods[0] < fromMods[0]);
        if (fromBase is "json" or "jsonb") return toBase is not ("json" or "jsonb");
        return true;
    }

    /// <summary><see cref="BaseName"/>, keeping apart the types with a time zone, which converting away from loses.</summary>
    private static string ZonedBaseName(string type)
    {
        var name = BaseName(type);
        var zoned = type.Contains(" with time zone");
        return name switch
        {
            "timestamp" when zoned => "timestamptz",
            "time" when zoned => "timetz",
            _ => name,
        };
    }

    /// <summary>
    /// Whether adding <paramref name="column"/> to a table with rows makes PostgreSQL compute a
    /// value per row and rewrite the table: a stored generated column, an identity or serial
    /// column, or a default that calls a volatile function. Constant and stable defaults
    /// (<c>now()</c>) are stored once in the catalog instead.
    /// </summary>
    private string? RewritingAddition(Column column)
    {
        if (column.Generated != null) return "as a stored generated column";
        if (column.Identity != null || column.SerialType != null) return "as an identity or serial column";
        if (column.Default is { } value && CallsVolatileFunction(value)) return "with a volatile default";
        return null;
    }

    private static readonly string[] VolatileBuiltins =
    {
        "random", "clock_timestamp", "timeofday", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc",
        "uuid_generate_v4", "nextval", "txid_current", "statement_timestamp", "setseed",
    };

    private bool CallsVolatileFunction(Expression expression) =>
        VolatileBuiltins.Any(name => CallsFunction(expression.Normalized, name, ignoreCase: true))
        || _new.Functions.Values.Any(f => f.Volatility == 'v' && !f.Procedure && CallsFunction(expression.Normalized, f.Key.Name.Name, ignoreCase: false));

    /// <summary>
    /// The table added in place of a dropped one with exactly its columns (names and types, in
    /// order), when it is the only such pair either way.
    /// </summary>
    private Table? ProbableRenameOf(Table dropped)
    {
        static string Shape(Table t) => string.Join(",", t.Columns.Select(c => c.Name + " " + c.Type.Sql));
        var shape = Shape(dropped);
        if (dropped.Columns.Count == 0 || dropped.PartitionOf != null) return null;
        var added = _new.Tables.Values.Where(t => !_old.Tables.ContainsKey(t.Name) && Shape(t) == shape).ToList();
        if (added.Count != 1) return null;
        var droppedAlike = _old.Tables.Values.Count(t => !_new.Tables.ContainsKey(t.Name) && Shape(t) == shape);
        return droppedAlike == 1 ? added[0] : null;
    }

    /// <summary>
    /// The column added in place of a dropped one when exactly one added column and exactly one
    /// dropped column of the table have that type: most likely a rename without the annotation.
    /// </summary>
    private static Column? ProbableRenameOf(Table old, Table table, Column dropped, ISet<string> renamed)
    {
        bool IsAdded(Column c) => !c.Inherited && old.FindColumn(c.Name) == null && !renamed.Contains(c.Name)
                                  && c.RenamedFrom == null && c.Generated == null;
        var added = table.Columns.Where(c => IsAdded(c) && c.Type.Sql == dropped.Type.Sql).ToList();
        if (added.Count != 1) return null;
        var droppedOfType = old.Columns.Count(c => !c.Inherited && table.FindColumn(c.Name) == null && !renamed.Contains(c.Name)
                                                   && c.Type.Sql == dropped.Type.Sql);
        return droppedOfType == 1 ? added[0] : null;
    }
}
