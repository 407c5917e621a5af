namespace SchemaGen.Core.Formatting;

/// <summary>Where a section marker (<c>-- UP</c>, <c>-- DOWN</c>) sits relative to the section's <c>BEGIN;</c>.</summary>
public enum MarkerPlacement
{
    /// <summary>The marker line comes right before <c>BEGIN;</c>.</summary>
    BeforeTransaction,
    /// <summary>The marker line comes after <c>BEGIN;</c>, right before the first statement.</summary>
    InsideTransaction,
}
