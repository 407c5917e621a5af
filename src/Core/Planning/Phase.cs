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
    DropTriggers,
    DropPolicies,
    DropForeignKeys,
    DropConstraints,
    DropIndexes,
    DropChangedFunctions,
    CreateFunctions,
    CreateTables,
    AddColumns,
    AlterColumns,
    DropColumns,
    AlterTables,
    CreateLateFunctions,
    AlterSequences,
    AddConstraints,
    CreateIndexes,
    AddForeignKeys,
    CreateTriggers,
    CreatePolicies,
    Comments,
    DropLateFunctions,
    DropTables,
    DropSequences,
    DropFunctions,
    DropExtensions,
    DropSchemas,
}
