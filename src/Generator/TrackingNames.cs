namespace SchemaGen.Generator;

/// <summary>
/// Names of the pipeline steps, so that caching tests can assert which steps re-ran.
/// </summary>
internal static class TrackingNames
{
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string Parse = nameof(Parse);
    public const string Plan = nameof(Plan);
    public const string Pairs = nameof(Pairs);
    public const string Diff = nameof(Diff);
    public const string Namespace = nameof(Namespace);
    public const string Registry = nameof(Registry);
    public const string PlanDiagnostics = nameof(PlanDiagnostics);
}
