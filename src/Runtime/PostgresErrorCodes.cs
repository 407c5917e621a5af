namespace SchemaGen.Runtime;

/// <summary>The SQLSTATE codes the runner reacts to (PostgreSQL Appendix A).</summary>
internal static class PostgresErrorCodes
{
    public const string ActiveSqlTransaction = "25001";
    public const string QueryCanceled = "57014";
    public const string LockNotAvailable = "55P03";
}
