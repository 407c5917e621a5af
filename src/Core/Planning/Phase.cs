namespace SchemaGen.Core.Planning;

/// <summary>
/// The order a migration runs in: what others depend on is created first, what depends on
/// others is dropped first, and foreign keys come last so that cycles need no special case.
/// </summary>
internal enum Phase
{
    CreateSchemas,
    CreateExtensions,
    CreateSequences,
    DropViews,
    DropForeignKeys,
    DropConstraints,
    DropIndexes,
    CreateTables,
    AddColumns,
    AlterColumns,
    DropColumns,
    AlterTables,
    AlterSequences,
    AddConstraints,
    CreateIndexes,
    AddForeignKeys,
    DropTablesReplacedByViews,
    CreateViews,
    CreateViewIndexes,
    Comments,
    DropTables,
    DropSequences,
    DropExtensions,
    DropSchemas,
}
