namespace SchemaGen.Core.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic SchemaGen reports. Ranges: SG0xxx schema file problems,
/// SG1xxx data loss, SG2xxx fails on existing rows, SG3xxx locks and rewrites,
/// SG4xxx breaks running code, SG5xxx irreversible, SG6xxx probable rename, SG9xxx hygiene.
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
        "SG5001", "Rollback cannot restore data",
        "Rolling back {0} cannot restore the values that were deleted", CategoryReversibility, Severity.Warning);

    /// <summary>Every rule, for descriptor tables and documentation checks.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } = new[]
    {
        SyntaxError, UnsupportedStatement, InvalidSchema, VersionOrdering, UndeclaredSchema, InternalError,
        DropTable, DropColumn, NotNullColumnWithoutDefault,
        SetNotNull, ConstraintValidation, EnumValueRemoved,
        IndexWithoutConcurrently, TableRewrite,
        ColumnRenamed,
        IrreversibleDown,
    };
}
