using System.Diagnostics;

namespace SchemaGen.Samples.Tests;

/// <summary>
/// A copy of the users sample gets a third schema version that drops a column; <c>dotnet build</c>
/// must fail with the analyzer's diagnostic on the column's line of the <c>.sql</c> file, in the
/// form IDEs and CI logs turn into a link.
/// </summary>
public class DestructiveEditBuildTests
{
    [Fact]
    public void Dotnet_build_reports_a_dropped_column_at_its_sql_line_and_honours_globalconfig_and_editorconfig()
    {
        var repo = RepoRoot();
        var project = Path.Combine(Path.GetTempPath(), "schemagen-destructive-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(project, "Schema"));
        try
        {
            var sample = Path.Combine(repo, "samples", "Users");
            var csproj = File.ReadAllText(Path.Combine(sample, "Users.csproj"))
                .Replace(@"..\..\src\", Path.Combine(repo, "src") + Path.DirectorySeparatorChar)
                // What the repository's Directory.Build.props gives the sample in place.
                .Replace("<OutputType>", "<ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable><OutputType>");
            File.WriteAllText(Path.Combine(project, "Users.csproj"), csproj);
            File.Copy(Path.Combine(sample, "Program.cs"), Path.Combine(project, "Program.cs"));
            foreach (var schema in Directory.GetFiles(Path.Combine(sample, "Schema"), "*.sql"))
                File.Copy(schema, Path.Combine(project, "Schema", Path.GetFileName(schema)));
            var v2 = File.ReadAllText(Path.Combine(sample, "Schema", "schema_v2.sql"));
            File.WriteAllText(Path.Combine(project, "Schema", "schema_v3.sql"), v2.Replace("    updated_at TIMESTAMP DEFAULT NOW()\n", "").Replace("DEFAULT NOW(),\n);", "DEFAULT NOW()\n);"));

            // An opt-in rule turned on for the project. The compiler applies dotnet_diagnostic entries of
            // .editorconfig sections to C# files only, so .sql diagnostics read a global config, or
            // schemagen_diagnostic entries in .editorconfig sections for per-folder severities.
            File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_diagnostic.SG9003.severity = warning\n");
            File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[Schema/schema_v1.sql]\nschemagen_diagnostic.SG9002.severity = warning\n");

            var (exitCode, output) = Build(project);

            var v2Path = Path.Combine(project, "Schema", "schema_v2.sql");
            var line = v2.Split('\n').ToList().FindIndex(l => l.Contains("updated_at", StringComparison.Ordinal)) + 1;
            Assert.NotEqual(0, exitCode);
            Assert.DoesNotContain(": error CS", output);
            Assert.Contains($"{Path.Combine(project, "Schema", "schema_v1.sql")}(5,5): warning SG9003: Column users.created_at is timestamp without time zone: prefer timestamptz", output);
            Assert.Contains($"{Path.Combine(project, "Schema", "schema_v1.sql")}(3,5): warning SG9002: Column users.id is serial: prefer GENERATED ... AS IDENTITY", output);
            Assert.Contains($"{v2Path}({line},5): error SG1002: Dropping column users.updated_at deletes its values in every row (https://github.com/schemagen/schemagen/blob/main/docs/diagnostics/SG1002.md)", output);
        }
        finally
        {
            try { Directory.Delete(project, recursive: true); } catch (IOException) { }
        }
    }

    private static (int ExitCode, string Output) Build(string project)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = project };
        foreach (var argument in new[] { "build", "-c", "Release", "-nologo", "-clp:NoSummary", "-p:NuGetAudit=false" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000)) { process.Kill(entireProcessTree: true); throw new TimeoutException("dotnet build did not finish in 5 minutes"); }
        return (process.ExitCode, output.Result + error.Result);
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var directory = Path.GetDirectoryName(path);
        while (directory is not null && !File.Exists(Path.Combine(directory, "SchemaGen.sln"))) directory = Path.GetDirectoryName(directory);
        return directory!;
    }
}
