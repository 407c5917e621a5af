using System.Globalization;
using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Text;

namespace SchemaGen.Core.Versioning;

/// <summary>
/// Orders schema files into versions by the number in their file name (<c>001_init.sql</c>,
/// <c>schema_v2.sql</c>, <c>v10.sql</c>): the last run of digits in the name without extension.
/// The generator, the analyzers and the CLI all order through here so that they agree.
/// </summary>
public static class VersionOrdering
{
    // long.MaxValue has 19 digits; 18 significant digits always fit.
    private const int MaxSignificantDigits = 18;

    public static VersionOrder Order(IEnumerable<string> paths)
    {
        if (paths is null) throw new ArgumentNullException(nameof(paths));

        var diagnostics = new List<SchemaDiagnostic>();
        var numbered = new List<SchemaVersion>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = FileNameWithoutExtension(path);
            switch (TryGetNumber(name, out var number))
            {
                case NumberResult.Found:
                    numbered.Add(new SchemaVersion(path, name, number));
                    break;
                case NumberResult.Missing:
                    diagnostics.Add(Report(path,
                        $"Schema file '{FileName(path)}' has no version number in its name; name versions like 001_init.sql or schema_v2.sql"));
                    break;
                case NumberResult.TooLarge:
                    diagnostics.Add(Report(path,
                        $"The version number in schema file '{FileName(path)}' is too large"));
                    break;
            }
        }

        var versions = new List<SchemaVersion>();
        long? firstDuplicate = null;
        foreach (var group in numbered.GroupBy(v => v.Number).OrderBy(g => g.Key))
        {
            var files = group.ToList();
            if (files.Count == 1)
            {
                versions.Add(files[0]);
                continue;
            }

            firstDuplicate ??= group.Key;
            var names = string.Join(", ", files.Select(f => FileName(f.Path)));
            foreach (var file in files)
            {
                diagnostics.Add(Report(file.Path, string.Format(CultureInfo.InvariantCulture,
                    "Version {0} is used by more than one schema file ({1}); give each version its own number",
                    group.Key, names)));
            }
        }

        return new VersionOrder(versions, diagnostics, firstDuplicate);
    }

    /// <summary>The version number of a file name, or null when the name holds no usable number.</summary>
    public static long? GetNumber(string path) =>
        TryGetNumber(FileNameWithoutExtension(path), out var number) == NumberResult.Found ? number : null;

    /// <summary>The file name without directory and without its last extension.</summary>
    public static string FileNameWithoutExtension(string path)
    {
        var name = FileName(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    internal static string FormatId(string name, long number)
    {
        var rest = name;
        var digits = 0;
        while (digits < rest.Length && IsAsciiDigit(rest[digits])) digits++;
        if (digits > 0 && ParseDigits(rest, 0, digits) == number)
        {
            rest = rest.Substring(digits).TrimStart('_', '-', '.', ' ');
        }

        var padded = number.ToString("D3", CultureInfo.InvariantCulture);
        return rest.Length == 0 ? padded : padded + "_" + rest;
    }

    // Paths reach us from MSBuild on any OS, so both separators count.
    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }

    private static NumberResult TryGetNumber(string name, out long number)
    {
        number = 0;
        var end = name.Length - 1;
        while (end >= 0 && !IsAsciiDigit(name[end])) end--;
        if (end < 0) return NumberResult.Missing;

        var start = end;
        while (start > 0 && IsAsciiDigit(name[start - 1])) start--;
        while (start < end && name[start] == '0') start++;

        if (end - start + 1 > MaxSignificantDigits) return NumberResult.TooLarge;
        number = ParseDigits(name, start, end - start + 1);
        return NumberResult.Found;
    }

    private static long ParseDigits(string text, int start, int length)
    {
        if (length > MaxSignificantDigits) return -1;
        long value = 0;
        for (var i = start; i < start + length; i++) value = value * 10 + (text[i] - '0');
        return value;
    }

    // char.IsDigit accepts other scripts' digits, which would not sort as the user expects.
    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    private static SchemaDiagnostic Report(string path, string message) =>
        new(DiagnosticRules.VersionOrdering, DiagnosticRules.VersionOrdering.Format(message),
            new SourceLocation(path, 0, 0, 1, 1, 1, 1));

    private enum NumberResult
    {
        Found,
        Missing,
        TooLarge,
    }
}
