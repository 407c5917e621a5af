using System.Collections.Immutable;
using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Models;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// Proves the incremental discipline with the driver's tracked steps: what re-runs after an edit,
/// and that no cached model drags Roslyn objects along.
/// </summary>
public class CachingTests
{
    private static readonly string[] AllSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Unrelated_csharp_edit_reruns_nothing()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Sample.App { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(Schemas.Growing(5)).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Sample.App { public class B { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(AllSteps.OrderBy(s => s), result.TrackedSteps.Keys.Intersect(AllSteps).OrderBy(s => s));
        foreach (var step in AllSteps)
        {
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{step} re-ran with {output.Reason}"));
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Running_again_on_a_clone_reruns_nothing()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Sample.App { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(Schemas.Growing(3)).RunGenerators(compilation);

        var result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps.Where(s => AllSteps.Contains(s.Key)).SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_one_version_reparses_that_file_and_rediffs_only_its_two_pairs()
    {
        var files = Schemas.Growing(6);
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();
        var compilation = GeneratorHarness.CreateCompilation("namespace Sample.App { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>())
            .AddAdditionalTexts(texts.ToImmutableArray())
            .RunGenerators(compilation);

        var third = texts[2];
        var editedThird = new InMemoryAdditionalText(third.Path, third.GetText()!.ToString() + "CREATE TABLE extra (id integer);\n");
        var result = driver.ReplaceAdditionalText(third, editedThird).RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = Rerun<ParsedSchema>(result, TrackingNames.Parse);
        Assert.Equal(new[] { third.Path }, parsed.Select(p => p.Path));
        Assert.Equal(files.Length - 1, Cached(result, TrackingNames.Parse));

        var diffed = Rerun<MigrationModel>(result, TrackingNames.Diff);
        Assert.Equal(new[] { "003_v3", "004_v4" }, diffed.Select(m => m.Id).OrderBy(id => id));
        Assert.Equal(files.Length - 2, Cached(result, TrackingNames.Diff));
    }

    [Fact]
    public void Editing_the_last_version_rediffs_one_pair()
    {
        var files = Schemas.Growing(4);
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();
        var compilation = GeneratorHarness.CreateCompilation("namespace Sample.App { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>())
            .AddAdditionalTexts(texts.ToImmutableArray())
            .RunGenerators(compilation);

        var last = texts[^1];
        var result = driver
            .ReplaceAdditionalText(last, new InMemoryAdditionalText(last.Path, "-- reformatted\n" + last.GetText()!))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { "004_v4" }, Rerun<MigrationModel>(result, TrackingNames.Diff).Select(m => m.Id));
        Assert.Equal(new[] { last.Path }, Rerun<ParsedSchema>(result, TrackingNames.Parse).Select(p => p.Path));
    }

    [Fact]
    public void Adding_a_version_diffs_only_the_new_pair()
    {
        var files = Schemas.Growing(4);
        var compilation = GeneratorHarness.CreateCompilation("namespace Sample.App { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(files.Take(3)).RunGenerators(compilation);

        var result = driver
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(files[3].Path, files[3].Text)))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { "004_v4" }, Rerun<MigrationModel>(result, TrackingNames.Diff).Select(m => m.Id));
        Assert.Equal(new[] { files[3].Path }, Rerun<ParsedSchema>(result, TrackingNames.Parse).Select(p => p.Path));
    }

    [Fact]
    public void Changing_the_root_namespace_reemits_without_reparsing_or_rediffing()
    {
        var files = Schemas.Growing(3);
        var compilation = GeneratorHarness.CreateCompilation("namespace Sample.App { public class A { } }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var result = driver
            .WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Other" }))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(Rerun<ParsedSchema>(result, TrackingNames.Parse));
        Assert.Empty(Rerun<MigrationModel>(result, TrackingNames.Diff));
        Assert.All(result.GeneratedSources, s => Assert.Contains("namespace Other", s.SourceText.ToString()));
    }

    [Fact]
    public void Cached_models_hold_no_roslyn_objects()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Sample.App { public class A { } }");
        var files = Schemas.Users().Append(("/p/none.sql", "")).ToArray();
        var result = GeneratorHarness.CreateDriver(files).RunGenerators(compilation).GetRunResult().Results.Single();

        var walked = 0;
        foreach (var step in AllSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, $"{step} output", new HashSet<object>(ReferenceEqualityComparer.Instance));
                walked++;
            }
        }
        Assert.True(walked > 0);
    }

    private static IReadOnlyList<T> Rerun<T>(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason is not IncrementalStepRunReason.Cached and not IncrementalStepRunReason.Removed)
            .Select(o => Assert.IsType<T>(o.Value))
            .ToList();

    private static int Cached(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Cached);

    private static readonly Type[] Forbidden =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
        typeof(Location), typeof(AdditionalText), typeof(Microsoft.CodeAnalysis.Text.SourceText),
    };

    // Any of these in a cached model would keep old compilations alive in the IDE and make the
    // model compare unequal on every run.
    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        if (!type.IsValueType && !seen.Add(value)) return;

        if (value is IEnumerable sequence and not IDictionary)
        {
            var index = 0;
            foreach (var item in sequence) AssertNoRoslynObjects(item, $"{path}[{index++}]", seen);
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike) continue;
                AssertNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
            }
        }
    }
}
