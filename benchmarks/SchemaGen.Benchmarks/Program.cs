using BenchmarkDotNet.Running;
using SchemaGen.Benchmarks;

// `write-pair N DIR` writes the synthetic N-table pair (from.sql, to.sql) for compare-migra.sh;
// `check N` parses the pair and prints diagnostics and the migration size (a sanity check).
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
    Console.WriteLine(string.Join("\n", m.UpStatements.Take(12)));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
