using SchemaGen.Core.Model;
using SchemaGen.Core.Postgres;
using SchemaGen.Core.Syntax;

namespace SchemaGen.Core.Binding;

/// <summary>PostgreSQL's defaults for sequence options, which depend on the type and the sign of the increment.</summary>
internal static class SequenceDefaults
{
    public static SequenceOptions Resolve(SequenceOptionsSyntax? syntax, string defaultType = "bigint")
    {
        var type = syntax?.As is { } asType ? TypeNames.Canonicalize(asType).Sql : defaultType;
        var (typeMin, typeMax) = TypeNames.IntegerRange(type);
        var increment = syntax?.Increment ?? 1;
        var min = syntax?.MinValue ?? (increment > 0 ? 1 : typeMin);
        var max = syntax?.MaxValue ?? (increment > 0 ? typeMax : -1);
        var start = syntax?.Start ?? (increment > 0 ? min : max);
        return new SequenceOptions(type, increment, min, max, start, syntax?.Cache ?? 1, syntax?.Cycle ?? false);
    }

    /// <summary>Options after ALTER SEQUENCE: given options replace, the rest stay.</summary>
    public static SequenceOptions Apply(SequenceOptions current, SequenceOptionsSyntax syntax)
    {
        var type = syntax.As is { } asType ? TypeNames.Canonicalize(asType).Sql : current.Type;
        var (typeMin, typeMax) = TypeNames.IntegerRange(type);
        var increment = syntax.Increment ?? current.Increment;
        var min = syntax.MinValue ?? (syntax.NoMinValue ? (increment > 0 ? 1 : typeMin) : current.MinValue);
        var max = syntax.MaxValue ?? (syntax.NoMaxValue ? (increment > 0 ? typeMax : -1) : current.MaxValue);
        if (syntax.As != null && syntax.MaxValue == null && !syntax.NoMaxValue && current.MaxValue == TypeNames.IntegerRange(current.Type).Max)
            max = typeMax;
        if (syntax.As != null && syntax.MinValue == null && !syntax.NoMinValue && current.MinValue == TypeNames.IntegerRange(current.Type).Min)
            min = typeMin;
        return new SequenceOptions(type, increment, min, max, syntax.Start ?? current.Start, syntax.Cache ?? current.Cache, syntax.Cycle ?? current.Cycle);
    }
}
