using BenchmarkDotNet.Attributes;
using SchemaGen.Core;
using SchemaGen.Core.Binding;
using SchemaGen.Core.Lexing;
using SchemaGen.Core.Parsing;

namespace SchemaGen.Benchmarks;

/// <summary>Lexer and parser throughput on one ~6.8 MB schema (10,000 tables).</summary>
[Config(typeof(BenchConfig))]
public class FrontEndBenchmarks : IHasInputSize
{
    private string _text = "";
    private ParseResult? _parsed;

    public long InputBytes => Inputs.Large.Length;

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Large;
        _parsed = Parser.Parse("large.sql", _text);
        if (_parsed.Diagnostics.Count > 0) throw new InvalidOperationException(_parsed.Diagnostics[0].ToString());
    }

    [Benchmark(Baseline = true)]
    public object Lex() => Lexer.Lex(_text);

    /// <summary>Lex + parse to syntax.</summary>
    [Benchmark]
    public object Parse() => Parser.Parse("large.sql", _text);
}

/// <summary>
/// Binding on a 1,000-table schema (~0.67 MB): binding grows faster than linearly (see
/// benchmarks/README.md), so the 10,000-table schema would take minutes per operation.
/// </summary>
[Config(typeof(BenchConfig))]
public class BindBenchmarks : IHasInputSize
{
    private string _text = "";
    private ParseResult? _parsed;

    public long InputBytes => Inputs.Pair(1_000).From.Length;

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Pair(1_000).From;
        _parsed = Parser.Parse("from.sql", _text);
    }

    /// <summary>Binding the parsed syntax to a catalog (parse excluded).</summary>
    [Benchmark]
    public object Bind() => Binder.Bind(_parsed!);

    /// <summary>Lex + parse + bind: SchemaDocument.Parse.</summary>
    [Benchmark]
    public object ParseAndBind() => SchemaDocument.Parse("from.sql", _text);
}
