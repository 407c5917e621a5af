namespace SchemaGen.Core.Parsing;

/// <summary>Where an unparenthesised expression appears, which decides the keywords that end it.</summary>
internal enum ExpressionContext
{
    /// <summary>After DEFAULT in a column definition: ends at the next column constraint.</summary>
    ColumnDefault,
    /// <summary>SET DEFAULT or USING in ALTER TABLE: ends at ',' or ';'.</summary>
    AlterAction,
    /// <summary>An index WHERE predicate or other statement tail: ends at ';'.</summary>
    StatementTail,
}
