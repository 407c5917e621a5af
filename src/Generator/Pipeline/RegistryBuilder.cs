using System.Collections.Immutable;
using SchemaGen.Generator.Models;

namespace SchemaGen.Generator.Pipeline;

internal static class RegistryBuilder
{
    public static RegistryModel Build(ImmutableArray<MigrationModel> migrations, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var names = new List<string>(migrations.Length);
        foreach (var migration in migrations.OrderBy(m => m.Number))
        {
            if (!migration.IsGenerated) return new RegistryModel(names.ToEquatableArray(), migration.Id);
            names.Add(migration.ClassName);
        }
        return new RegistryModel(names.ToEquatableArray(), null);
    }
}
