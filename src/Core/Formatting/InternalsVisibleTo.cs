using System.Runtime.CompilerServices;

// The CLI tests build Migration values by hand (its constructor is internal) to test the file
// writer apart from the engine, and test the formatter's keyword caser directly.
// Belongs in SchemaGen.Core.csproj beside the other InternalsVisibleTo items; kept here
// because this folder is the formatting work's boundary.
[assembly: InternalsVisibleTo("SchemaGen.Cli.Tests")]
