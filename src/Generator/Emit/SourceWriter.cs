using System.Text;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Writes C# with indentation and <c>\n</c> line ends, so that the output is the same on every OS.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _indent; i++) _builder.Append(IndentUnit);
            _builder.Append(line);
        }
        _builder.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock()
    {
        WriteLine("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        return WriteLine("}" + suffix);
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Unindent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
