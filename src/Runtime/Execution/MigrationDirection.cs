namespace SchemaGen.Runtime.Execution;

internal enum MigrationDirection
{
    Up,
    Down,
}
