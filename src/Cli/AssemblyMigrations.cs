using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using SchemaGen.Runtime;

namespace SchemaGen.Cli;

/// <summary>
/// Reads the migration registry the source generator emitted (<c>SchemaMigrations.All</c> in the
/// project's root namespace, unless the project renamed it) from a built application assembly.
/// </summary>
/// <remarks>
/// The assembly is loaded in its own <see cref="AssemblyLoadContext"/>, its dependencies resolved
/// from its deps.json or its folder, so the application's versions of its packages never clash with
/// the CLI's. Because the application may reference another build of SchemaGen.Runtime than the
/// CLI's, its migrations are read through the interface's properties by name and copied, rather
/// than cast to the CLI's <see cref="IMigration"/>.
/// </remarks>
internal static class AssemblyMigrations
{
    private const string DefaultRegistryClass = "SchemaMigrations";
    private const string InterfaceName = "SchemaGen.Runtime.IMigration";

    public static IReadOnlyList<IMigration> Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath)) throw new CliError($"{path}: is a folder, expected a built assembly such as bin/Release/net10.0/App.dll (--assembly)");
        if (!File.Exists(fullPath)) throw new CliError($"{path}: assembly not found (build the project first)");

        var context = new RegistryLoadContext(fullPath);
        Assembly assembly;
        try
        {
            assembly = context.LoadFromAssemblyPath(fullPath);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or IOException)
        {
            throw new CliError($"{path}: not a .NET assembly that can be loaded: {e.Message}");
        }

        // Found by shape, not name: the class name is a project setting (SchemaGenRegistryClass).
        var registries = Types(assembly, path)
            .Where(t => t.IsAbstract && t.IsSealed)
            .Select(t => (Type: t, All: t.GetProperty("All", BindingFlags.Public | BindingFlags.Static)))
            .Where(r => r.All is not null && ListsMigrations(r.All.PropertyType))
            .ToList();
        if (registries.Count > 1 && registries.Count(r => IsGenerated(r.Type)) == 1)
            registries = registries.Where(r => IsGenerated(r.Type)).ToList();
        if (registries.Count == 0)
        {
            throw new CliError(
                $"{path}: has no migration registry ({DefaultRegistryClass}.All); reference the SchemaGen generator and list the schema versions as AdditionalFiles, then rebuild");
        }
        if (registries.Count > 1)
        {
            var names = string.Join(", ", registries.Select(r => r.Type.FullName));
            throw new CliError($"{path}: has several migration registries ({names}); point --assembly at the assembly of one project");
        }

        var (registry, all) = registries[0];
        object? value;
        try
        {
            value = all!.GetValue(null);
        }
        catch (TargetInvocationException e)
        {
            throw new CliError($"{path}: {registry.FullName}.All failed: {e.InnerException?.Message ?? e.Message}");
        }

        if (value is not IEnumerable items)
            throw new CliError($"{path}: {registry.FullName}.All is not a list of migrations");

        var migrations = new List<IMigration>();
        foreach (var item in items)
            migrations.Add(Copy(item, registry, path));
        return migrations;
    }

    /// <summary>A static <c>All</c> whose type is, or implements, IEnumerable of the runtime's IMigration.</summary>
    private static bool ListsMigrations(Type type)
        => type.GetInterfaces().Append(type)
            .Any(i => i.IsGenericType
                      && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                      && i.GetGenericArguments()[0].FullName == InterfaceName);

    private static bool IsGenerated(Type type)
        => type.GetCustomAttributesData().Any(a =>
            a.AttributeType.FullName == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.FirstOrDefault().Value as string == "SchemaGen");

    private static Type[] Types(Assembly assembly, string path)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // Types that need a missing dependency are skipped; the registry only needs SchemaGen.Runtime.
            var loaded = e.Types.OfType<Type>().ToArray();
            if (loaded.Length == 0)
            {
                var cause = e.LoaderExceptions.FirstOrDefault()?.Message ?? e.Message;
                throw new CliError($"{path}: its types cannot be loaded ({cause}); is its dependencies' folder (bin/...) complete?");
            }
            return loaded;
        }
    }

    private static Copied Copy(object? item, Type registry, string path)
    {
        var contract = item?.GetType().GetInterfaces().FirstOrDefault(i => i.FullName == InterfaceName)
            ?? throw new CliError($"{path}: {registry.FullName}.All holds {item?.GetType().FullName ?? "null"}, not an {InterfaceName}");

        string Text(string property)
            => contract.GetProperty(property)?.GetValue(item) as string
               ?? throw new CliError($"{path}: migration {item} has no {property}");

        var transactional = contract.GetProperty(nameof(IMigration.IsTransactional))?.GetValue(item) as bool?
            ?? throw new CliError($"{path}: migration {item} has no {nameof(IMigration.IsTransactional)}");
        return new Copied(
            Text(nameof(IMigration.Id)),
            Text(nameof(IMigration.Name)),
            Text(nameof(IMigration.Up)),
            Text(nameof(IMigration.Down)),
            Text(nameof(IMigration.Checksum)),
            transactional);
    }

    private sealed record Copied(string Id, string Name, string Up, string Down, string Checksum, bool IsTransactional) : IMigration;

    /// <summary>Resolves the application's dependencies the way its host would: deps.json first, then its folder.</summary>
    private sealed class RegistryLoadContext(string mainAssembly) : AssemblyLoadContext($"schemagen:{Path.GetFileName(mainAssembly)}")
    {
        private readonly AssemblyDependencyResolver? _resolver = CreateResolver(mainAssembly);
        private readonly string _folder = Path.GetDirectoryName(mainAssembly)!;

        protected override Assembly? Load(AssemblyName name)
        {
            var path = _resolver?.ResolveAssemblyToPath(name);
            if (path is null && name.Name is { } simple)
            {
                var candidate = Path.Combine(_folder, simple + ".dll");
                if (File.Exists(candidate)) path = candidate;
            }

            // null: the shared framework, from the default context.
            return path is null ? null : LoadFromAssemblyPath(path);
        }

        // An unreadable deps.json leaves the folder to resolve from.
        private static AssemblyDependencyResolver? CreateResolver(string mainAssembly)
        {
            try
            {
                return new AssemblyDependencyResolver(mainAssembly);
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        {
            var path = _resolver?.ResolveUnmanagedDllToPath(unmanagedDllName);
            return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
        }
    }
}
