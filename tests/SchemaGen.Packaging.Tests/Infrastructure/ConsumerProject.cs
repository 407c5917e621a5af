namespace SchemaGen.Packaging.Tests.Infrastructure;

/// <summary>
/// A new application as a user writes it: a PackageReference to SchemaGen by version, nullable on,
/// warnings as errors, every .NET code analyzer on, and schema versions in <c>Schema/</c>.
/// </summary>
internal static class ConsumerProject
{
    public const string RootNamespace = "Shop";

    public const string Version1 = """
        CREATE TABLE customers (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            email text NOT NULL UNIQUE
        );

        """;

    public const string Version2 = """
        CREATE TABLE customers (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            email text NOT NULL UNIQUE,
            display_name text NOT NULL DEFAULT ''
        );

        CREATE TABLE orders (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            customer_id bigint NOT NULL REFERENCES customers (id),
            total numeric(12, 2) NOT NULL DEFAULT 0
        );

        """;

    /// <summary>Version 2 without <c>orders.total</c>: the column is on line 10 of version 2.</summary>
    public const string DestructiveVersion3 = """
        CREATE TABLE customers (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            email text NOT NULL UNIQUE,
            display_name text NOT NULL DEFAULT ''
        );

        CREATE TABLE orders (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            customer_id bigint NOT NULL REFERENCES customers (id)
        );

        """;

    private const string Program = """
        using System.Globalization;
        using SchemaGen.Runtime;
        using Shop;

        var runner = new MigrationRunner(args[0], SchemaMigrations.All);
        await using (runner.ConfigureAwait(false))
        {
            var result = await runner.ApplyAsync().ConfigureAwait(false);
            foreach (var applied in result.Migrations)
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Applied {0}", applied));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} migrations applied", result.Migrations.Count));
        }

        """;

    public static string Create(PackedFeed feed, string name)
    {
        var directory = Path.Combine(feed.Root, name);
        Directory.CreateDirectory(Path.Combine(directory, "Schema"));
        // Empty Directory.* files end MSBuild's search upwards, so nothing of the machine's leaks in.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            File.WriteAllText(Path.Combine(directory, file), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>{RootNamespace}</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisMode>All</AnalysisMode>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SchemaGen" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(directory, "Schema", "001_init.sql"), Version1);
        File.WriteAllText(Path.Combine(directory, "Schema", "002_orders.sql"), Version2);
        return directory;
    }
}
