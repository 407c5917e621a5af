namespace SchemaGen.Core.Postgres;

/// <summary>
/// The names PostgreSQL chooses for unnamed objects (makeObjectName, ChooseRelationName,
/// ChooseConstraintName, ChooseIndexColumnNames in its sources): the parts are shortened
/// to fit 63 bytes, the longer part first, and a number is appended to the label on collision.
/// </summary>
public static class ObjectNaming
{
    /// <summary><c>name1_name2_label</c>, truncated the way makeObjectName does.</summary>
    public static string MakeObjectName(string name1, string? name2, string? label)
    {
        var name1Bytes = Identifiers.ByteLength(name1);
        var name2Bytes = name2 is null ? 0 : Identifiers.ByteLength(name2);
        var overhead = (label is null ? 0 : Identifiers.ByteLength(label) + 1) + (name2 is null ? 0 : 1);
        var available = Identifiers.MaxBytes - overhead;
        while (name1Bytes + name2Bytes > available)
        {
            if (name1Bytes > name2Bytes) name1Bytes--;
            else name2Bytes--;
        }
        var result = Identifiers.ClipBytes(name1, name1Bytes);
        if (name2 is not null) result += "_" + Identifiers.ClipBytes(name2, name2Bytes);
        if (label is not null) result += "_" + label;
        return result;
    }

    /// <summary>The first of <c>name_label</c>, <c>name_label1</c>, ... that <paramref name="isTaken"/> rejects not.</summary>
    public static string ChooseName(string name1, string? name2, string label, Func<string, bool> isTaken)
    {
        var modifiedLabel = label;
        for (var pass = 1; ; pass++)
        {
            var candidate = MakeObjectName(name1, name2, modifiedLabel);
            if (!isTaken(candidate)) return candidate;
            modifiedLabel = label + pass.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Column names joined by <c>_</c>, stopping once 63 bytes are reached (ChooseIndexNameAddition).</summary>
    public static string JoinColumnNames(IEnumerable<string> names)
    {
        var result = "";
        foreach (var name in names)
        {
            if (result.Length > 0) result += "_";
            result += name;
            if (Identifiers.ByteLength(result) >= Identifiers.MaxBytes + 1) break;
        }
        return Identifiers.ClipBytes(result, Identifiers.MaxBytes);
    }

    /// <summary>Index column names with duplicates numbered (<c>expr</c>, <c>expr1</c>), as ChooseIndexColumnNames.</summary>
    public static List<string> UniqueColumnNames(IEnumerable<string> names)
    {
        var result = new List<string>();
        foreach (var original in names)
        {
            var current = original;
            for (var i = 1; result.Contains(current); i++)
                current = Identifiers.ClipBytes(original, Identifiers.MaxBytes - i.ToString(System.Globalization.CultureInfo.InvariantCulture).Length) + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Add(current);
        }
        return result;
    }
}
