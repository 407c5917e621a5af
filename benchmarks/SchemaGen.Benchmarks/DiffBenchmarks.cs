using BenchmarkDotNet.Attributes;
using SchemaGen.Core;

namespace SchemaGen.Benchmarks;

/// <summary>
/// A schema pair of N tables where ~10% of the tables changed. <c>DiffPlanEmit</c> is
/// MigrationGenerator.Generate on two bound documents (diff + plan + emit of UP and DOWN);
/// <c>EndToEnd</c> adds lexing, parsing and binding both texts. MB/s counts both texts.
/// </summary>
[Config(typeof(BenchConfig))]
public class DiffBenchmarks : IHasInputSize
{
    private string _fromText = "", _toText = "";
    private SchemaDocument? _from, _to;

    // 10,000 tables: binding the two documents takes minutes (see README), so it is run once by
    // `-- phases 10000` instead; add 10_000 here to measure it with BenchmarkDotNet.
    [Params(100, 1_000)]
    public int Tables { get; set; }

    public long InputBytes
    {
        get
        {
            var (from, to) = Inputs.Pair(Tables);
            return from.Length + to.Length;
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        (_fromText, _toText) = Inputs.Pair(Tables);
        _from = SchemaDocument.Parse("from.sql", _fromText);
        _to = SchemaDocument.Parse("to.sql", _toText);
        if (_from.HasErrors || _to.HasErrors) throw new InvalidOperationException("synthetic schema has errors");
        var migration = MigrationGenerator.Generate(_from, _to);
        if (migration.IsEmpty) throw new InvalidOperationException("synthetic pair produced no migration");
    }

    [Benchmark]
    public Migration DiffPlanEmit() => MigrationGenerator.Generate(_from!, _to!);

    [Benchmark]
    public Migration EndToEnd() => MigrationGenerator.Generate("from.sql", _fromText, "to.sql", _toText);
}
