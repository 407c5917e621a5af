using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Analyzers.Diagnostics;

namespace SchemaGen.Analyzers;

/// <summary>
/// Reports, on the lines of the <c>.sql</c> schema versions, parse errors and the hazards of
/// migrating from each version to the next: a drop on the older file's line of the object, an
/// addition on the newer file's. <c>-- schemagen:allow SG#### reason</c> next to an object
/// acknowledges a hazard for that object.
/// </summary>
/// <remarks>
/// Version numbering problems (SG0004) are reported by the generator, which they stop; reporting
/// them here too would show every one twice.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SchemaDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // One session per compilation: every file is parsed and every pair diffed once, although
            // each pair is looked at from both of its files.
            start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + StyleFilePaths.PropertyName, out var stylePath);
            var session = new SchemaSession(start.Options.AdditionalFiles, stylePath);
            start.RegisterAdditionalFileAction(session.Analyze);
        });
    }
}
