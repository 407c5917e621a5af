namespace SchemaGen.Core.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic SchemaGen reports. Ranges: SG0xxx schema file problems,
/// SG1xxx data loss, SG2xxx fails on existing rows, SG3xxx locks and rewrites,
/// SG4xxx breaks running code, SG5xxx irreversible, SG6xxx probable rename, SG7xxx hand-written migration files
/// (<c>schemagen lint --migration</c>), SG9xxx hygiene.
/// </summary>
public static class DiagnosticRules
{
    public const string CategorySchema = "SchemaGen.Schema";
    public const string CategoryDataLoss = "SchemaGen.DataLoss";
    public const string CategoryExistingRows = "SchemaGen.ExistingRows";
    public const string CategoryLocking = "SchemaGen.Locking";
    public const string CategoryCompatibility = "SchemaGen.Compatibility";
    public const string CategoryReversibility = "SchemaGen.Reversibility";
    public const string CategoryRename = "SchemaGen.Rename";
    public const string CategoryHygiene = "SchemaGen.Hygiene";
    public const string CategoryMigration = "SchemaGen.Migration";

    public static readonly DiagnosticRule SyntaxError = new(
        "SG0001", "Schema file syntax error", "{0}", CategorySchema, Severity.Error);

    public static readonly DiagnosticRule UnsupportedStatement = new(
        "SG0002", "Unsupported statement in schema file", "{0}", CategorySchema, Severity.Error);

    public static readonly DiagnosticRule InvalidSchema = new(
        "SG0003", "Schema file is not valid", "{0}", CategorySchema, Severity.Error);

    public static readonly DiagnosticRule VersionOrdering = new(
        "SG0004", "Schema version files are not numbered consistently", "{0}", CategorySchema, Severity.Error);

    public static readonly DiagnosticRule UndeclaredSchema = new(
        "SG0010", "Schema used but not declared in this file",
        "schema \"{0}\" is not declared in this file; it is assumed to exist", CategorySchema, Severity.Warning);

    public static readonly DiagnosticRule InternalError = new(
        "SG0099", "SchemaGen failed on this schema", "SchemaGen could not process this file: {0}", CategorySchema, Severity.Error);

    public static readonly DiagnosticRule DropTable = new(
        "SG1001", "Table dropped", "Dropping table {0} deletes all of its rows", CategoryDataLoss, Severity.Error);

    public static readonly DiagnosticRule DropColumn = new(
        "SG1002", "Column dropped", "Dropping column {0} deletes its values in every row", CategoryDataLoss, Severity.Error);

    public static readonly DiagnosticRule NotNullColumnWithoutDefault = new(
        "SG1003", "NOT NULL column added without a default",
        "Column {0} is NOT NULL without a default: existing rows get a temporary default of {1}",
        CategoryDataLoss, Severity.Warning);

    public static readonly DiagnosticRule SetNotNull = new(
        "SG2001", "NOT NULL set on an existing column",
        "Setting NOT NULL on {0} fails if any existing row holds NULL", CategoryExistingRows, Severity.Warning);

    public static readonly DiagnosticRule ConstraintValidation = new(
        "SG2002", "Constraint validated against existing rows",
        "Adding {0} checks every existing row and fails if one violates it", CategoryExistingRows, Severity.Warning);

    public static readonly DiagnosticRule EnumValueRemoved = new(
        "SG2003", "Enum value removed",
        "Removing {0} from enum {1} fails if any existing row holds it", CategoryExistingRows, Severity.Warning);

    public static readonly DiagnosticRule IndexWithoutConcurrently = new(
        "SG3001", "Index built while holding a write lock",
        "Creating index {0} blocks writes to {1} while it builds", CategoryLocking, Severity.Info);

    public static readonly DiagnosticRule TableRewrite = new(
        "SG3002", "Table rewrite", "{0} rewrites table {1} under an exclusive lock", CategoryLocking, Severity.Warning);

    public static readonly DiagnosticRule ColumnRenamed = new(
        "SG4001", "Column renamed", "Renaming column {0} to {1} breaks code that still uses the old name",
        CategoryCompatibility, Severity.Warning);

    public static readonly DiagnosticRule IrreversibleDown = new(
        "SG5001", "Rollback can fail or lose data",
        "Rolling back {0} can fail or lose data written since: {1}", CategoryReversibility, Severity.Warning);

    public static readonly DiagnosticRule TypeNarrowed = new(
        "SG1004", "Column type change can lose data",
        "Changing the type of {0} from {1} to {2} can truncate values or fail on existing rows", CategoryDataLoss, Severity.Error);

    public static readonly DiagnosticRule SequenceDropped = new(
        "SG1005", "Sequence dropped",
        "Dropping sequence {0} loses its current value", CategoryDataLoss, Severity.Warning);

    public static readonly DiagnosticRule IndexDropWithoutConcurrently = new(
        "SG3003", "Index dropped while holding an exclusive lock",
        "Dropping index {0} locks {1} against reads and writes until the drop commits", CategoryLocking, Severity.Info);

    public static readonly DiagnosticRule DroppedColumnStillDeployed = new(
        "SG4002", "Column dropped while deployed code may use it",
        "Column {0} is in the previous version: code deployed with it may still read or write it", CategoryCompatibility, Severity.Info);

    public static readonly DiagnosticRule ViewDropped = new(
        "SG4003", "View dropped",
        "Dropping {0} {1} breaks code that still reads it", CategoryCompatibility, Severity.Warning);

    public static readonly DiagnosticRule RoutineDropped = new(
        "SG4004", "Function or procedure dropped",
        "Dropping {0} {1} breaks code that still calls it", CategoryCompatibility, Severity.Warning);

    public static readonly DiagnosticRule ProbableColumnRename = new(
        "SG6001", "Probable column rename",
        "Column {0} is added and {1} of the same type is dropped: if this is a rename, annotate it with '-- @renamed from={2}' to keep the values",
        CategoryRename, Severity.Warning);

    public static readonly DiagnosticRule ProbableTableRename = new(
        "SG6002", "Probable table rename",
        "Table {0} is added with the same columns as dropped table {1}: if this is a rename, the rows of {1} are deleted, not moved",
        CategoryRename, Severity.Warning);

    public static readonly DiagnosticRule PreferBigint = new(
        "SG9001", "Prefer bigint for keys",
        "Key column {0} is {1}: prefer bigint, which does not run out of values", CategoryHygiene, Severity.Info, EnabledByDefault: false);

    public static readonly DiagnosticRule PreferIdentity = new(
        "SG9002", "Prefer identity over serial",
        "Column {0} is {1}: prefer GENERATED ... AS IDENTITY", CategoryHygiene, Severity.Info, EnabledByDefault: false);

    public static readonly DiagnosticRule PreferTimestamptz = new(
        "SG9003", "Prefer timestamptz over timestamp",
        "Column {0} is timestamp without time zone: prefer timestamptz", CategoryHygiene, Severity.Info, EnabledByDefault: false);

    public static readonly DiagnosticRule PreferText = new(
        "SG9004", "Prefer text over varchar(n)",
        "Column {0} is {1}: prefer text, with a CHECK on its length if one is needed", CategoryHygiene, Severity.Info, EnabledByDefault: false);

    public static readonly DiagnosticRule MigrationIndexWithoutConcurrently = new(
        "SG7001", "Migration builds an index without CONCURRENTLY",
        "CREATE INDEX on existing table {0} blocks writes while it builds: use CREATE INDEX CONCURRENTLY", CategoryMigration, Severity.Warning);

    public static readonly DiagnosticRule MigrationDropIndexWithoutConcurrently = new(
        "SG7002", "Migration drops an index without CONCURRENTLY",
        "DROP INDEX {0} locks its table against reads and writes: use DROP INDEX CONCURRENTLY", CategoryMigration, Severity.Info);

    public static readonly DiagnosticRule MigrationConstraintWithoutNotValid = new(
        "SG7003", "Migration validates a constraint while holding a lock",
        "Adding {0} to existing table {1} checks every row under a lock: add it NOT VALID, then VALIDATE CONSTRAINT in a later statement", CategoryMigration, Severity.Warning);

    public static readonly DiagnosticRule MigrationConcurrentlyInTransaction = new(
        "SG7004", "CONCURRENTLY inside a transaction block",
        "{0} CONCURRENTLY cannot run inside a transaction block (BEGIN at line {1})", CategoryMigration, Severity.Error);

    public static readonly DiagnosticRule MigrationMissingIfExists = new(
        "SG7005", "Migration statement is not re-runnable",
        "{0} without {1} fails when the migration is run again", CategoryMigration, Severity.Info);

    public static readonly DiagnosticRule MigrationMissingLockTimeout = new(
        "SG7006", "Migration takes locks without a lock_timeout",
        "{0} waits for its lock without limit, and queues every query behind it: SET lock_timeout first", CategoryMigration, Severity.Warning);

    /// <summary>Every rule, for descriptor tables and documentation checks.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } = new[]
    {
        SyntaxError, UnsupportedStatement, InvalidSchema, VersionOrdering, UndeclaredSchema, InternalError,
        DropTable, DropColumn, NotNullColumnWithoutDefault, TypeNarrowed, SequenceDropped,
        SetNotNull, ConstraintValidation, EnumValueRemoved,
        IndexWithoutConcurrently, TableRewrite, IndexDropWithoutConcurrently,
        ColumnRenamed, DroppedColumnStillDeployed, ViewDropped, RoutineDropped,
        IrreversibleDown,
        ProbableColumnRename, ProbableTableRename,
        MigrationIndexWithoutConcurrently, MigrationDropIndexWithoutConcurrently, MigrationConstraintWithoutNotValid,
        MigrationConcurrentlyInTransaction, MigrationMissingIfExists, MigrationMissingLockTimeout,
        PreferBigint, PreferIdentity, PreferTimestamptz, PreferText,
    };
}
