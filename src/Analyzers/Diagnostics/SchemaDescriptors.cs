using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SchemaGen.Core.Diagnostics;

namespace SchemaGen.Analyzers.Diagnostics;

/// <summary>
/// Roslyn descriptors for <see cref="DiagnosticRules.All"/>. Titles, categories and help links come
/// from Core's catalogue, which the CLI prints too; IDs and severities are repeated as literals
/// because analyzer release tracking (RS2000-RS2008) reads them from the source, and a test keeps
/// them equal to Core's. Linked into the generator as well, so there is one catalogue.
/// </summary>
internal static class SchemaDescriptors
{
    // The engine formats each message itself (a hazard knows its object), so the descriptor
    // only passes the finished message through.
    private const string PassThrough = "{0}";

    public static readonly DiagnosticDescriptor SyntaxError = new(
        "SG0001", DiagnosticRules.SyntaxError.Title, PassThrough, DiagnosticRules.CategorySchema,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticRules.SyntaxError), DiagnosticRules.SyntaxError.HelpLink);

    public static readonly DiagnosticDescriptor UnsupportedStatement = new(
        "SG0002", DiagnosticRules.UnsupportedStatement.Title, PassThrough, DiagnosticRules.CategorySchema,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticRules.UnsupportedStatement), DiagnosticRules.UnsupportedStatement.HelpLink);

    public static readonly DiagnosticDescriptor InvalidSchema = new(
        "SG0003", DiagnosticRules.InvalidSchema.Title, PassThrough, DiagnosticRules.CategorySchema,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticRules.InvalidSchema), DiagnosticRules.InvalidSchema.HelpLink);

    public static readonly DiagnosticDescriptor VersionOrdering = new(
        "SG0004", DiagnosticRules.VersionOrdering.Title, PassThrough, DiagnosticRules.CategorySchema,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticRules.VersionOrdering), DiagnosticRules.VersionOrdering.HelpLink);

    public static readonly DiagnosticDescriptor UndeclaredSchema = new(
        "SG0010", DiagnosticRules.UndeclaredSchema.Title, PassThrough, DiagnosticRules.CategorySchema,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.UndeclaredSchema), DiagnosticRules.UndeclaredSchema.HelpLink);

    public static readonly DiagnosticDescriptor InternalError = new(
        "SG0099", DiagnosticRules.InternalError.Title, PassThrough, DiagnosticRules.CategorySchema,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticRules.InternalError), DiagnosticRules.InternalError.HelpLink);

    public static readonly DiagnosticDescriptor DropTable = new(
        "SG1001", DiagnosticRules.DropTable.Title, PassThrough, DiagnosticRules.CategoryDataLoss,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticRules.DropTable), DiagnosticRules.DropTable.HelpLink);

    public static readonly DiagnosticDescriptor DropColumn = new(
        "SG1002", DiagnosticRules.DropColumn.Title, PassThrough, DiagnosticRules.CategoryDataLoss,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticRules.DropColumn), DiagnosticRules.DropColumn.HelpLink);

    public static readonly DiagnosticDescriptor NotNullColumnWithoutDefault = new(
        "SG1003", DiagnosticRules.NotNullColumnWithoutDefault.Title, PassThrough, DiagnosticRules.CategoryDataLoss,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.NotNullColumnWithoutDefault), DiagnosticRules.NotNullColumnWithoutDefault.HelpLink);

    public static readonly DiagnosticDescriptor SetNotNull = new(
        "SG2001", DiagnosticRules.SetNotNull.Title, PassThrough, DiagnosticRules.CategoryExistingRows,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.SetNotNull), DiagnosticRules.SetNotNull.HelpLink);

    public static readonly DiagnosticDescriptor ConstraintValidation = new(
        "SG2002", DiagnosticRules.ConstraintValidation.Title, PassThrough, DiagnosticRules.CategoryExistingRows,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.ConstraintValidation), DiagnosticRules.ConstraintValidation.HelpLink);

    public static readonly DiagnosticDescriptor EnumValueRemoved = new(
        "SG2003", DiagnosticRules.EnumValueRemoved.Title, PassThrough, DiagnosticRules.CategoryExistingRows,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.EnumValueRemoved), DiagnosticRules.EnumValueRemoved.HelpLink);

    public static readonly DiagnosticDescriptor IndexWithoutConcurrently = new(
        "SG3001", DiagnosticRules.IndexWithoutConcurrently.Title, PassThrough, DiagnosticRules.CategoryLocking,
        DiagnosticSeverity.Info, isEnabledByDefault: true, Description(DiagnosticRules.IndexWithoutConcurrently), DiagnosticRules.IndexWithoutConcurrently.HelpLink);

    public static readonly DiagnosticDescriptor TableRewrite = new(
        "SG3002", DiagnosticRules.TableRewrite.Title, PassThrough, DiagnosticRules.CategoryLocking,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.TableRewrite), DiagnosticRules.TableRewrite.HelpLink);

    public static readonly DiagnosticDescriptor ColumnRenamed = new(
        "SG4001", DiagnosticRules.ColumnRenamed.Title, PassThrough, DiagnosticRules.CategoryCompatibility,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.ColumnRenamed), DiagnosticRules.ColumnRenamed.HelpLink);

    public static readonly DiagnosticDescriptor IrreversibleDown = new(
        "SG5001", DiagnosticRules.IrreversibleDown.Title, PassThrough, DiagnosticRules.CategoryReversibility,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.IrreversibleDown), DiagnosticRules.IrreversibleDown.HelpLink);

    public static readonly DiagnosticDescriptor TypeNarrowed = new(
        "SG1004", DiagnosticRules.TypeNarrowed.Title, PassThrough, DiagnosticRules.CategoryDataLoss,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticRules.TypeNarrowed), DiagnosticRules.TypeNarrowed.HelpLink);

    public static readonly DiagnosticDescriptor SequenceDropped = new(
        "SG1005", DiagnosticRules.SequenceDropped.Title, PassThrough, DiagnosticRules.CategoryDataLoss,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.SequenceDropped), DiagnosticRules.SequenceDropped.HelpLink);

    public static readonly DiagnosticDescriptor IndexDropWithoutConcurrently = new(
        "SG3003", DiagnosticRules.IndexDropWithoutConcurrently.Title, PassThrough, DiagnosticRules.CategoryLocking,
        DiagnosticSeverity.Info, isEnabledByDefault: true, Description(DiagnosticRules.IndexDropWithoutConcurrently), DiagnosticRules.IndexDropWithoutConcurrently.HelpLink);

    public static readonly DiagnosticDescriptor DroppedColumnStillDeployed = new(
        "SG4002", DiagnosticRules.DroppedColumnStillDeployed.Title, PassThrough, DiagnosticRules.CategoryCompatibility,
        DiagnosticSeverity.Info, isEnabledByDefault: true, Description(DiagnosticRules.DroppedColumnStillDeployed), DiagnosticRules.DroppedColumnStillDeployed.HelpLink);

    public static readonly DiagnosticDescriptor ViewDropped = new(
        "SG4003", DiagnosticRules.ViewDropped.Title, PassThrough, DiagnosticRules.CategoryCompatibility,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.ViewDropped), DiagnosticRules.ViewDropped.HelpLink);

    public static readonly DiagnosticDescriptor RoutineDropped = new(
        "SG4004", DiagnosticRules.RoutineDropped.Title, PassThrough, DiagnosticRules.CategoryCompatibility,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.RoutineDropped), DiagnosticRules.RoutineDropped.HelpLink);

    public static readonly DiagnosticDescriptor ProbableColumnRename = new(
        "SG6001", DiagnosticRules.ProbableColumnRename.Title, PassThrough, DiagnosticRules.CategoryRename,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.ProbableColumnRename), DiagnosticRules.ProbableColumnRename.HelpLink);

    public static readonly DiagnosticDescriptor PreferBigint = new(
        "SG9001", DiagnosticRules.PreferBigint.Title, PassThrough, DiagnosticRules.CategoryHygiene,
        DiagnosticSeverity.Info, isEnabledByDefault: false, Description(DiagnosticRules.PreferBigint), DiagnosticRules.PreferBigint.HelpLink);

    public static readonly DiagnosticDescriptor PreferIdentity = new(
        "SG9002", DiagnosticRules.PreferIdentity.Title, PassThrough, DiagnosticRules.CategoryHygiene,
        DiagnosticSeverity.Info, isEnabledByDefault: false, Description(DiagnosticRules.PreferIdentity), DiagnosticRules.PreferIdentity.HelpLink);

    public static readonly DiagnosticDescriptor PreferTimestamptz = new(
        "SG9003", DiagnosticRules.PreferTimestamptz.Title, PassThrough, DiagnosticRules.CategoryHygiene,
        DiagnosticSeverity.Info, isEnabledByDefault: false, Description(DiagnosticRules.PreferTimestamptz), DiagnosticRules.PreferTimestamptz.HelpLink);

    public static readonly DiagnosticDescriptor PreferText = new(
        "SG9004", DiagnosticRules.PreferText.Title, PassThrough, DiagnosticRules.CategoryHygiene,
        DiagnosticSeverity.Info, isEnabledByDefault: false, Description(DiagnosticRules.PreferText), DiagnosticRules.PreferText.HelpLink);

    public static readonly DiagnosticDescriptor MigrationIndexWithoutConcurrently = new(
        "SG7001", DiagnosticRules.MigrationIndexWithoutConcurrently.Title, PassThrough, DiagnosticRules.CategoryMigration,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.MigrationIndexWithoutConcurrently), DiagnosticRules.MigrationIndexWithoutConcurrently.HelpLink);

    public static readonly DiagnosticDescriptor MigrationDropIndexWithoutConcurrently = new(
        "SG7002", DiagnosticRules.MigrationDropIndexWithoutConcurrently.Title, PassThrough, DiagnosticRules.CategoryMigration,
        DiagnosticSeverity.Info, isEnabledByDefault: true, Description(DiagnosticRules.MigrationDropIndexWithoutConcurrently), DiagnosticRules.MigrationDropIndexWithoutConcurrently.HelpLink);

    public static readonly DiagnosticDescriptor MigrationConstraintWithoutNotValid = new(
        "SG7003", DiagnosticRules.MigrationConstraintWithoutNotValid.Title, PassThrough, DiagnosticRules.CategoryMigration,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.MigrationConstraintWithoutNotValid), DiagnosticRules.MigrationConstraintWithoutNotValid.HelpLink);

    public static readonly DiagnosticDescriptor MigrationConcurrentlyInTransaction = new(
        "SG7004", DiagnosticRules.MigrationConcurrentlyInTransaction.Title, PassThrough, DiagnosticRules.CategoryMigration,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticRules.MigrationConcurrentlyInTransaction), DiagnosticRules.MigrationConcurrentlyInTransaction.HelpLink);

    public static readonly DiagnosticDescriptor MigrationMissingIfExists = new(
        "SG7005", DiagnosticRules.MigrationMissingIfExists.Title, PassThrough, DiagnosticRules.CategoryMigration,
        DiagnosticSeverity.Info, isEnabledByDefault: true, Description(DiagnosticRules.MigrationMissingIfExists), DiagnosticRules.MigrationMissingIfExists.HelpLink);

    public static readonly DiagnosticDescriptor MigrationMissingLockTimeout = new(
        "SG7006", DiagnosticRules.MigrationMissingLockTimeout.Title, PassThrough, DiagnosticRules.CategoryMigration,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.MigrationMissingLockTimeout), DiagnosticRules.MigrationMissingLockTimeout.HelpLink);

    public static readonly DiagnosticDescriptor ProbableTableRename = new(
        "SG6002", DiagnosticRules.ProbableTableRename.Title, PassThrough, DiagnosticRules.CategoryRename,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticRules.ProbableTableRename), DiagnosticRules.ProbableTableRename.HelpLink);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        SyntaxError, UnsupportedStatement, InvalidSchema, VersionOrdering, UndeclaredSchema, InternalError,
        DropTable, DropColumn, NotNullColumnWithoutDefault, TypeNarrowed, SequenceDropped,
        SetNotNull, ConstraintValidation, EnumValueRemoved,
        IndexWithoutConcurrently, TableRewrite, IndexDropWithoutConcurrently,
        ColumnRenamed, DroppedColumnStillDeployed, ViewDropped, RoutineDropped,
        IrreversibleDown,
        ProbableColumnRename, ProbableTableRename,
        MigrationIndexWithoutConcurrently, MigrationDropIndexWithoutConcurrently, MigrationConstraintWithoutNotValid,
        MigrationConcurrentlyInTransaction, MigrationMissingIfExists, MigrationMissingLockTimeout,
        PreferBigint, PreferIdentity, PreferTimestamptz, PreferText);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of a rule; SG0099 for an ID the catalogue does not know, so nothing is lost.</summary>
    public static DiagnosticDescriptor Get(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : InternalError;

    public static DiagnosticDescriptor Get(DiagnosticRule rule) => Get(rule.Id);

    private static string Description(DiagnosticRule rule) => rule.Title + ".";
}
