namespace SchemaGen.Benchmarks;

/// <summary>Generated inputs, built once per process (generation is not what is measured).</summary>
public static class Inputs
{
    /// <summary>Tables in the large throughput schema: ~6.8 MB of SQL.</summary>
    public const int LargeTables = 10_000;

    private static readonly Lazy<string> LargeSchema = new(() => SyntheticSchema.Schema(LargeTables));
    private static readonly Dictionary<int, (string From, string To)> Pairs = new();

    public static string Large => LargeSchema.Value;

    public static (string From, string To) Pair(int tables)
    {
        lock (Pairs)
        {
            if (!Pairs.TryGetValue(tables, out var pair)) Pairs[tables] = pair = SyntheticSchema.Pair(tables);
            return pair;
        }
    }
}
