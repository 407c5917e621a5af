using System.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;

namespace SchemaGen.Analyzers.Tests;

/// <summary>
/// The analyzer over every from/to pair of the shared corpora (sqldef, pg-schema-diff, migra):
/// whatever the schemas hold, it reports diagnostics and never throws.
/// </summary>
public class CorpusTests
{
    private static readonly string CorpusRoot = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "..", "shared", "corpus"));

    [Fact]
    public async Task Analyzer_never_throws_on_any_corpus_pair()
    {
        var pairs = Directory.Exists(CorpusRoot)
            ? Directory.EnumerateDirectories(CorpusRoot).SelectMany(Directory.EnumerateDirectories)
                .Where(d => File.Exists(Path.Combine(d, "from.sql")) && File.Exists(Path.Combine(d, "to.sql")))
                .OrderBy(d => d, StringComparer.Ordinal).ToList()
            : new List<string>();
        // Without the corpus checkout there is nothing to run; with it, all three corpora must be there.
        if (pairs.Count == 0) return;
        Assert.True(pairs.Count > 500, $"only {pairs.Count} corpus pairs found under {CorpusRoot}");

        var watch = Stopwatch.StartNew();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(pairs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (pair, _) =>
        {
            var name = Path.GetFileName(Path.GetDirectoryName(pair)) + "/" + Path.GetFileName(pair);
            try
            {
                // The harness fails on an analyzer exception or AD0001; SG0099 is an exception the analyzer caught.
                var diagnostics = await AnalyzerHarness.RunAsync(new[]
                {
                    ($"/corpus/{name}/001_from.sql", File.ReadAllText(Path.Combine(pair, "from.sql"))),
                    ($"/corpus/{name}/002_to.sql", File.ReadAllText(Path.Combine(pair, "to.sql"))),
                });
                foreach (var internalError in diagnostics.Where(d => d.Id == "SG0099"))
                    failures.Add($"{name}: {internalError.GetMessage()}");
            }
            catch (Exception exception)
            {
                failures.Add($"{name}: {exception.GetType().Name}: {exception.Message}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.OrderBy(f => f, StringComparer.Ordinal)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{pairs.Count} pairs took {watch.Elapsed.TotalSeconds:F0} s");
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var directory = Path.GetDirectoryName(path);
        while (directory is not null && !Directory.Exists(Path.Combine(directory, "src", "Analyzers"))) directory = Path.GetDirectoryName(directory);
        return directory!;
    }
}
