using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Short runs for a shared 2-core machine: 1 launch, 3 warm-ups, 5 measured iterations.
/// Means are noisy on a busy machine; compare ratios within one run.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.ShortRun.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithId("Short"));
        AddColumn(new ThroughputColumn());
        AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
    }
}

/// <summary>Input text of a benchmark, so the MB/s column can divide it by the mean time.</summary>
public interface IHasInputSize
{
    long InputBytes { get; }
}

/// <summary>MB/s = input bytes (UTF-8; the schemas are ASCII) / mean time, for benchmarks that expose their input size.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (10^6 bytes) processed per second of mean time";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats) return "-";
        if (Activator.CreateInstance(benchmarkCase.Descriptor.Type) is not IHasInputSize sized) return "-";
        // Params change the input: apply them to a fresh instance before asking.
        foreach (var p in benchmarkCase.Parameters.Items)
            benchmarkCase.Descriptor.Type.GetProperty(p.Name)?.SetValue(sized, p.Value);
        var bytes = sized.InputBytes;
        if (bytes <= 0) return "-";
        var seconds = stats.Mean / 1e9;
        return (bytes / 1e6 / seconds).ToString("N1");
    }
}
