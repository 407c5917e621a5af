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
    public const string Settings = nameof(Settings);
    public const string WriteSettings = nameof(WriteSettings);
    public const string Style = nameof(Style);
    public const string WriteOptions = nameof(WriteOptions);
    public const string Registry = nameof(Registry);
    public const string PlanDiagnostics = nameof(PlanDiagnostics);
}
