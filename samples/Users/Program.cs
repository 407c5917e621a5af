using SchemaGen.Runtime;
using Users;

// Schema/schema_v1.sql and schema_v2.sql become migration classes at build time (SchemaGen's
// source generator); this program applies the pending ones to the database you name, the way an
// application does at start. Several instances may start at once: one applies, the others wait.
var connectionString = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("SCHEMAGEN_SAMPLE_DB");
if (string.IsNullOrEmpty(connectionString))
{
    Console.Error.WriteLine("usage: dotnet run --project samples/Users -- \"Host=localhost;Database=app;Username=postgres\"");
    Console.Error.WriteLine("       (or set SCHEMAGEN_SAMPLE_DB)");
    return 2;
}

Console.WriteLine("Migrations generated from the schema files:");
foreach (var migration in SchemaMigrations.All)
    Console.WriteLine($"  {migration.Id}  {migration.Name}{(migration.IsTransactional ? "" : "  (runs outside a transaction)")}");

var options = new MigrationRunnerOptions
{
    // Fail a migration that queues behind a long query instead of blocking the table for everyone.
    LockTimeout = TimeSpan.FromSeconds(10),
};
await using var runner = new MigrationRunner(connectionString, SchemaMigrations.All, options);
try
{
    var result = await runner.ApplyAsync();
    if (result.Migrations.Count == 0) Console.WriteLine("The database is up to date.");
    foreach (var applied in result.Migrations) Console.WriteLine($"Applied {applied}");
    return 0;
}
catch (MigrationException e)
{
    // Names the migration and the failing statement with PostgreSQL's message; never the password.
    Console.Error.WriteLine(e.Message);
    return 1;
}
