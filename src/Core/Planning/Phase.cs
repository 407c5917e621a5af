namespace SchemaGen.Core.Planning;

/// <summary>
/// The order a migration runs in: what others depend on is created first, what depends on
/// others is dropped first, and foreign keys come last so that cycles need no special case.
/// </summary>
internal enum Phase
{
    CreateSchemas,
    CreateExtensions,
    CreateTypes,
    CreateSequences,
    DropViews,
    RenameColumns,
    DetachPartitions,
    DropForeignKeys,
    DropConstraints,
    DropIndexes,
    DropRecreatedTables,
    AlterTypes,
    CreateTables,
    AddColumns,
    AlterColumns,
    DropColumns,
    AlterTables,
    AttachPartitions,
    AlterSequences,
    AddConstraints,
    CreateIndexes,
    AddForeignKeys,
    ReplicaIdentity,
    DropTablesReplacedByViews,
    CreateViews,
    CreateViewIndexes,
    Comments,
    DropTables,
    DropTypes,
    DropSequences,
    DropExtensions,
    DropSchemas,
}
