using BenchmarkDotNet.Running;
using SchemaGen.Benchmarks;

// `write-pair N DIR` writes the synthetic N-table pair (from.sql, to.sql) for compare-migra.sh;
// `check N` parses the pair and prints diagnostics, the migration size and its UP statements.
if (args is ["write-pair", var count, var dir])
{
    var (from, to) = SyntheticSchema.Pair(int.Parse(count));
    Directory.CreateDirectory(dir);
    File.WriteAllText(Path.Combine(dir, "from.sql"), from);
    File.WriteAllText(Path.Combine(dir, "to.sql"), to);
    Console.WriteLine($"{count} tables: from.sql {from.Length:N0} bytes, to.sql {to.Length:N0} bytes");
    return;
}
if (args is ["check", var n])
{
    var (from, to) = SyntheticSchema.Pair(int.Parse(n));
    var a = SchemaGen.Core.SchemaDocument.Parse("from.sql", from);
    var b = SchemaGen.Core.SchemaDocument.Parse("to.sql", to);
    foreach (var d in a.Diagnostics.Concat(b.Diagnostics).Take(20)) Console.WriteLine(d);
    var m = SchemaGen.Core.MigrationGenerator.Generate(a, b);
    Console.WriteLine($"from {from.Length:N0} B, to {to.Length:N0} B; up {m.UpStatements.Count} statements, down {m.DownStatements.Count}");
    Console.WriteLine(string.Join("\n", m.UpStatements));
    return;
}

if (args is ["gen-timing"])
{
    GeneratorBenchmarks.PrintTimings();
    return;
}
if (args is ["repeat", var phase, var tables, var times])
{
    // One phase in a loop, for a profiler (dotnet-trace collect -- ... repeat parse 10000 10).
    var (from, to) = SyntheticSchema.Pair(int.Parse(tables));
    var parsed = SchemaGen.Core.Parsing.Parser.Parse("from.sql", from);
    var a = SchemaGen.Core.SchemaDocument.Parse("from.sql", from);
    var b = SchemaGen.Core.SchemaDocument.Parse("to.sql", to);
    var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    var sw = System.Diagnostics.Stopwatch.StartNew();
    for (var i = 0; i < int.Parse(times); i++)
    {
        switch (phase)
        {
            case "lex": SchemaGen.Core.Lexing.Lexer.Lex(from); break;
            case "parse": SchemaGen.Core.Parsing.Parser.Parse("from.sql", from); break;
            case "bind": SchemaGen.Core.Binding.Binder.Bind(parsed); break;
            case "diff": SchemaGen.Core.MigrationGenerator.Generate(a, b); break;
            default: throw new ArgumentException($"unknown phase {phase}: lex, parse, bind or diff");
        }
    }
    var cpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    Console.WriteLine($"{phase} x{times}: {sw.Elapsed.TotalMilliseconds / int.Parse(times):N1} ms wall, {cpuMs / int.Parse(times):N1} ms CPU each");
    return;
}
if (args is ["phases", var size, ..] && args.Length <= 3)
{
    // Per phase for sizes too slow for BenchmarkDotNet: the first pass includes JIT, later passes
    // (default 3 in all) show the steady state. CPU time (all threads of the process, GC included)
    // is printed next to wall time because it is far less disturbed by other work on a busy machine.
    var (from, to) = SyntheticSchema.Pair(int.Parse(size));
    var passes = args.Length == 3 ? int.Parse(args[2]) : 3;
    for (var pass = 1; pass <= passes; pass++)
    {
        var (lex, lexAlloc) = Measure(() => SchemaGen.Core.Lexing.Lexer.Lex(from));
        SchemaGen.Core.Parsing.ParseResult? pa = null;
        var (parse, parseAlloc) = Measure(() => pa = SchemaGen.Core.Parsing.Parser.Parse("from.sql", from));
        var (bind, bindAlloc) = Measure(() => SchemaGen.Core.Binding.Binder.Bind(pa!));
        var a = SchemaGen.Core.SchemaDocument.Parse("from.sql", from);
        var b = SchemaGen.Core.SchemaDocument.Parse("to.sql", to);
        var (gen, genAlloc) = Measure(() => SchemaGen.Core.MigrationGenerator.Generate(a, b));
        var mb = from.Length / 1e6;
        Console.WriteLine($"pass {pass}: {size} tables ({mb:N2} MB): lex {lex.Text} ({lexAlloc}), "
            + $"parse incl. lex {parse.Text} ({parseAlloc}, {mb / (parse.Cpu / 1000):N1} MB/s of CPU), bind {bind.Text} ({bindAlloc}), "
            + $"diff+plan+emit of the pair {gen.Text} ({genAlloc})");
    }
    return;

    static ((string Text, double Cpu) Time, string Allocated) Measure(Action action)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        action();
        var wall = sw.Elapsed.TotalMilliseconds;
        var cpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        return (($"{wall:N0} ms wall / {cpuMs:N0} ms CPU", cpuMs), $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6:N0} MB");
    }
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
