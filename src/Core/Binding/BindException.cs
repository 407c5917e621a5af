using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

/// <summary>Stops binding one statement; reported as a located diagnostic, never thrown further.</summary>
internal sealed class BindException : Exception
{
    public BindException(string message, SyntaxNode node)
        : base(message)
    {
        Node = node;
    }

    public SyntaxNode Node { get; }
}
