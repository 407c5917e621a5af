using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using SchemaGen.Runtime;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Emits a compilation and loads it, so generated constants are checked as the program sees them.</summary>
internal static class CompiledAssembly
{
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        stream.Position = 0;

        // A collectible context keeps test runs from accumulating assemblies; SchemaGen.Runtime
        // still resolves from the default context, so IMigration is the test's own type.
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }

    public static IReadOnlyList<IMigration> Registry(Assembly assembly, string @namespace, string className = "SchemaMigrations")
    {
        var type = assembly.GetType(@namespace + "." + className, throwOnError: true)!;
        var all = type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
        return Assert.IsAssignableFrom<IReadOnlyList<IMigration>>(all);
    }

    public static void AssertNoWarnings(Compilation compilation)
    {
        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
