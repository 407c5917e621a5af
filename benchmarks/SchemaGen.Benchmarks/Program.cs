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
if (args is ["phases", var size])
{
    // Wall-clock per phase, once, for sizes too slow for BenchmarkDotNet.
    var (from, to) = SyntheticSchema.Pair(int.Parse(size));
    var sw = System.Diagnostics.Stopwatch.StartNew();
    SchemaGen.Core.Lexing.Lexer.Lex(from); var lex = sw.Elapsed; sw.Restart();
    var pa = SchemaGen.Core.Parsing.Parser.Parse("from.sql", from); var parse = sw.Elapsed; sw.Restart();
    SchemaGen.Core.Binding.Binder.Bind(pa); var bind = sw.Elapsed; sw.Restart();
    var a = SchemaGen.Core.SchemaDocument.Parse("from.sql", from);
    var b = SchemaGen.Core.SchemaDocument.Parse("to.sql", to); sw.Restart();
    var alloc = GC.GetAllocatedBytesForCurrentThread();
    SchemaGen.Core.MigrationGenerator.Generate(a, b);
    var gen = sw.Elapsed; alloc = GC.GetAllocatedBytesForCurrentThread() - alloc;
    Console.WriteLine($"{size} tables ({from.Length:N0} B): lex {lex.TotalMilliseconds:N0} ms, parse {parse.TotalMilliseconds:N0} ms, bind {bind.TotalMilliseconds:N0} ms, diff+plan+emit {gen.TotalMilliseconds:N0} ms, {alloc / 1e6:N1} MB allocated");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
