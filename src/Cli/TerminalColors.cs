using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;

namespace SchemaGen.Cli;

/// <summary>
/// Whether output is coloured: only on a terminal, never with <c>NO_COLOR</c> set (any value, see
/// no-color.org) or <c>--no-color</c>. Colour is added by wrapping the writers, so commands write
/// plain text and pipes, files and tests always get it plain.
/// </summary>
internal static class TerminalColors
{
    public const string NoColorVariable = "NO_COLOR";

    public static Option<bool> CreateOption() => new("--no-color")
    {
        Description = $"Plain output without ANSI colours (also when {NoColorVariable} is set or the output is not a terminal).",
        Recursive = true,
    };

    public static bool Enabled(bool isTerminal, bool noColorOption, string? noColorVariable) =>
        isTerminal && !noColorOption && string.IsNullOrEmpty(noColorVariable);

    /// <summary>Standard error: severities of diagnostics and of SchemaGen's own messages.</summary>
    public static TextWriter ForErrors(TextWriter inner) => new ColoringWriter(inner, ColorErrorLine);

    /// <summary>Standard output of <c>status</c>: the state at the start of each line.</summary>
    public static TextWriter ForStatus(TextWriter inner) => new ColoringWriter(inner, ColorStatusLine);

    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Green = "\u001b[32m";
    private const string Cyan = "\u001b[36m";
    private const string Reset = "\u001b[0m";

    // "path(1,2): error SG1002: ..." (lint), "path:1:2: error SG1002: ..." (diff's diagnostics and hazards) and "schemagen: error: ...".
    private static readonly Regex Severity = new(
        @"^(?<before>.*?)(?<severity>\b(?:internal error|error|warning|info)\b)(?<after>(?: SG\d{4})?:)",
        RegexOptions.CultureInvariant);

    private static readonly Regex State = new(@"^(?<state>applied|pending|drifted|failed|unknown)\b", RegexOptions.CultureInvariant);

    private static string ColorErrorLine(string line)
    {
        var match = Severity.Match(line);
        if (!match.Success) return line;
        var severity = match.Groups["severity"].Value;
        var color = severity.EndsWith("error", StringComparison.Ordinal) ? Red : severity == "warning" ? Yellow : Cyan;
        return match.Groups["before"].Value + color + severity + match.Groups["after"].Value + Reset
            + line.Substring(match.Length);
    }

    private static string ColorStatusLine(string line)
    {
        var match = State.Match(line);
        if (!match.Success) return line;
        var state = match.Groups["state"].Value;
        var color = state switch { "applied" => Green, "pending" => Yellow, _ => Red };
        return color + state + Reset + line.Substring(state.Length);
    }

    /// <summary>Colours whole lines: text is held until its line ends, so a pattern never sees half a line.</summary>
    private sealed class ColoringWriter(TextWriter inner, Func<string, string> color) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                var text = _line.ToString();
                _line.Clear();
                var carriageReturn = text.EndsWith('\r');
                if (carriageReturn) text = text[..^1];
                inner.Write(color(text) + (carriageReturn ? "\r\n" : "\n"));
                return;
            }
            _line.Append(value);
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? "") Write(c);
        }

        public override void WriteLine(string? value)
        {
            Write(value);
            Write(CoreNewLine);
        }

        public override void Flush()
        {
            if (_line.Length > 0)
            {
                inner.Write(color(_line.ToString()));
                _line.Clear();
            }
            inner.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) Flush();
            base.Dispose(disposing);
        }
    }
}
