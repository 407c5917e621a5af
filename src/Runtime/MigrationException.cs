namespace SchemaGen.Runtime;

/// <summary>
/// A migration could not be applied or rolled back, or the runner refused to start (checksum drift,
/// lock timeout). The message names the migration and, for SQL errors, the failing statement with
/// PostgreSQL's message and position; the PostgreSQL error is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates an exception about the runner as a whole, no particular statement.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="migrationId">The migration concerned, if any.</param>
    public MigrationException(string message, string? migrationId = null)
        : base(message) => MigrationId = migrationId;

    internal MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal MigrationException(
        string message,
        string migrationId,
        string? statement,
        int? statementNumber,
        int? position,
        string? sqlState,
        Exception? innerException)
        : base(message, innerException)
    {
        MigrationId = migrationId;
        Statement = statement;
        StatementNumber = statementNumber;
        Position = position;
        SqlState = sqlState;
    }

    /// <summary>The id of the migration that failed or was refused, if the error concerns one.</summary>
    public string? MigrationId { get; }

    /// <summary>The SQL statement that failed.</summary>
    public string? Statement { get; }

    /// <summary>1-based number of the failing statement within the migration's UP (or DOWN) SQL.</summary>
    public int? StatementNumber { get; }

    /// <summary>1-based character position of the error within <see cref="Statement"/>, as PostgreSQL reported it.</summary>
    public int? Position { get; }

    /// <summary>PostgreSQL's SQLSTATE code, e.g. <c>42P01</c>.</summary>
    public string? SqlState { get; }
}
