namespace SchemaGen.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A schema file is invalid or missing, or a migration could not be written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>A bug in SchemaGen; the message asks for a report.</summary>
    public const int InternalError = 3;

    /// <summary>
    /// The database refused: it could not be reached, a migration failed or drifted, or another
    /// runner held the migration lock too long.
    /// </summary>
    public const int DatabaseError = 4;

    /// <summary><c>status</c> only: migrations are pending (including a failed one that apply would resume).</summary>
    public const int Pending = 5;

    /// <summary>Interrupted by Ctrl+C (SIGINT), after the running migration was cancelled: 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;
}
