using System.Text.RegularExpressions;

namespace SchemaGen.Core.Formatting;

/// <summary>What one hand-written migration file shows of its author's conventions.</summary>
internal sealed class SampleFacts
{
    private static readonly Regex BeginLine = new(
        @"^\s*(BEGIN|BEGIN\s+TRANSACTION|BEGIN\s+WORK|START\s+TRANSACTION)\s*;\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex CommitLine = new(
        @"^\s*(COMMIT|END|COMMIT\s+TRANSACTION|COMMIT\s+WORK|END\s+TRANSACTION)\s*;\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "-- UP", "-- +migrate Up", "-- +goose Down", "-- migrate:up", "-- ===== DOWN =====",
    // "-- UP: Create index". A tool prefix is a "+word" or a "word:"; anything else before the
    // keyword makes the line ordinary prose ("-- clean up the table").
    private static readonly Regex Marker = new(
        @"^(?<lead>--[\s=#*]*(?:\+[A-Za-z]+\s+|[A-Za-z]+:\s*)?)(?<dir>up|down)\b(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex GroupRest = new(@"^(?<sep>\s*(?::|-|–|—)\s*)(?<text>\S.*)$", RegexOptions.CultureInvariant);

    private static readonly Regex Decoration = new(@"^[\s=#*\-]*$", RegexOptions.CultureInvariant);

    private static readonly Regex LabeledHeader = new(
        @"^(?<lead>--+\s*)(?<label>[A-Za-z][A-Za-z _\-]{0,30}?)(?<sep>\s*:\s*|\s+-\s+)(?<value>\S.*?)\s*$",
        RegexOptions.CultureInvariant);

    private static readonly HashSet<string> NameLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "migration", "name", "title", "migration name",
    };

    private static readonly HashSet<string> DescriptionLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "description", "desc", "summary", "purpose", "changes", "details", "what",
    };

    private static readonly HashSet<string> IdempotentObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "TABLE", "INDEX", "COLUMN", "SEQUENCE", "SCHEMA", "EXTENSION", "VIEW", "TYPE", "FUNCTION", "TRIGGER",
        "CONSTRAINT", "UNIQUE", "MATERIALIZED", "DOMAIN", "POLICY",
    };

    public SampleFacts(MigrationSample sample)
    {
        FileName = sample.FileName;
        var lines = sample.Text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var bodyStart = ReadHeader(lines, MigrationNames.TitleFromFileName(sample.FileName));
        ReadBody(lines, bodyStart);
    }

    public string FileName { get; }

    /// <summary>Header lines as templates, null when the file has no header.</summary>
    public List<string>? Header { get; private set; }

    public string? TimestampFormat { get; private set; }

    public bool HasTransaction { get; private set; }
    public string? BeginStatement { get; private set; }
    public string? CommitStatement { get; private set; }

    public bool HasMarkers { get; private set; }
    public string? UpMarker { get; private set; }
    public MarkerPlacement UpPlacement { get; private set; } = MarkerPlacement.InsideTransaction;
    public string? DownMarker { get; private set; }
    public MarkerPlacement DownPlacement { get; private set; } = MarkerPlacement.BeforeTransaction;
    public string? UpGroupMarker { get; private set; }
    public string? DownGroupMarker { get; private set; }

    public int UpperKeywords { get; private set; }
    public int LowerKeywords { get; private set; }

    /// <summary>CREATE/DROP/ADD statements that could carry IF [NOT] EXISTS, and how many do.</summary>
    public int GuardableStatements { get; private set; }
    public int GuardedStatements { get; private set; }

    private int ReadHeader(List<string> lines, string? title)
    {
        var i = 0;
        while (i < lines.Count && lines[i].Length == 0) i++;
        var header = new List<string>();
        for (; i < lines.Count && lines[i].StartsWith("--", StringComparison.Ordinal); i++)
        {
            if (ParseMarker(lines[i]) is not null) break;
            header.Add(HeaderTemplate(lines[i], title));
        }
        if (header.Count > 0) Header = header;
        return i;
    }

    private string HeaderTemplate(string line, string? title)
    {
        var labeled = LabeledHeader.Match(line);
        if (labeled.Success)
        {
            var label = labeled.Groups["label"].Value.Trim();
            var value = labeled.Groups["value"].Value;
            var prefix = labeled.Groups["lead"].Value + labeled.Groups["label"].Value + labeled.Groups["sep"].Value;
            var placeholder = Placeholder(label, value, title);
            if (placeholder is not null) return prefix + placeholder;
        }
        var bare = line.TrimStart('-');
        var lead = line.Substring(0, line.Length - bare.Length) + bare.Substring(0, bare.Length - bare.TrimStart().Length);
        var bareValue = bare.Trim();
        if (bareValue.Length > 0 && Placeholder("", bareValue, title) is { } only && only != MigrationStyle.DescriptionPlaceholder)
            return lead + only;
        return line;
    }

    private string? Placeholder(string label, string value, string? title)
    {
        if (TimestampFormats.Detect(value) is { } format)
        {
            TimestampFormat ??= format;
            return MigrationStyle.CreatedPlaceholder;
        }
        if (NameLabels.Contains(label)) return MigrationStyle.NamePlaceholder;
        if (DescriptionLabels.Contains(label)) return MigrationStyle.DescriptionPlaceholder;
        if (title is not null && string.Equals(value, title, StringComparison.OrdinalIgnoreCase)) return MigrationStyle.NamePlaceholder;
        return null;
    }

    private void ReadBody(List<string> lines, int start)
    {
        // Per direction: a BEGIN met since the section started (decides marker placement).
        var beginSeen = new bool[2];
        var current = 0;
        var markerSeen = new bool[2];
        var statementText = new System.Text.StringBuilder();

        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;

            if (BeginLine.IsMatch(line))
            {
                HasTransaction = true;
                BeginStatement ??= line.Trim();
                beginSeen[current] = true;
                CountKeywords(line);
                continue;
            }
            if (CommitLine.IsMatch(line))
            {
                CommitStatement ??= line.Trim();
                CountKeywords(line);
                continue;
            }
            if (line.TrimStart().StartsWith("--", StringComparison.Ordinal))
            {
                if (ParseMarker(line.Trim()) is not { } marker) continue;
                HasMarkers = true;
                var direction = marker.Down ? 1 : 0;
                if (direction != current)
                {
                    current = direction;
                    beginSeen[current] = false;
                }
                var next = NextEvent(lines, i + 1);
                if (marker.GroupTemplate is not null && next == Event.Statement)
                {
                    if (marker.Down) DownGroupMarker ??= marker.GroupTemplate;
                    else UpGroupMarker ??= marker.GroupTemplate;
                }
                else if (!markerSeen[direction])
                {
                    var placement = !beginSeen[direction] && next == Event.Begin
                        ? MarkerPlacement.BeforeTransaction
                        : MarkerPlacement.InsideTransaction;
                    if (marker.Down) { DownMarker = marker.Line; DownPlacement = placement; }
                    else { UpMarker = marker.Line; UpPlacement = placement; }
                }
                markerSeen[direction] = true;
                continue;
            }
            statementText.Append(line).Append('\n');
        }
        ReadStatements(statementText.ToString());
    }

    private enum Event { None, Begin, Statement, Marker, Other }

    private static Event NextEvent(List<string> lines, int i)
    {
        for (; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (BeginLine.IsMatch(line)) return Event.Begin;
            if (CommitLine.IsMatch(line)) return Event.Other;
            if (line.StartsWith("--", StringComparison.Ordinal))
            {
                if (ParseMarker(line) is not null) return Event.Marker;
                continue;
            }
            return Event.Statement;
        }
        return Event.None;
    }

    internal sealed record ParsedMarker(bool Down, string Line, string? GroupTemplate);

    internal static ParsedMarker? ParseMarker(string line)
    {
        var match = Marker.Match(line);
        if (!match.Success) return null;
        var down = match.Groups["dir"].Value.Equals("down", StringComparison.OrdinalIgnoreCase);
        var rest = match.Groups["rest"].Value;
        if (Decoration.IsMatch(rest)) return new ParsedMarker(down, line, null);
        var group = GroupRest.Match(rest);
        if (!group.Success) return null;
        var template = match.Groups["lead"].Value + match.Groups["dir"].Value + group.Groups["sep"].Value + MigrationStyle.GroupPlaceholder;
        return new ParsedMarker(down, line, template);
    }

    private void ReadStatements(string text)
    {
        CountKeywords(text);
        var tokens = SqlTokens.Lex(text);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != SqlTokenKind.Word) continue;
            var word = tokens[i].Text(text).ToUpperInvariant();
            if (word is not ("CREATE" or "DROP" or "ADD")) continue;
            var j = i + 1;
            if (word == "CREATE" && tokens[j].Is(text, "OR")) continue; // OR REPLACE needs no guard
            if (!(tokens[j].Kind == SqlTokenKind.Word && IdempotentObjects.Contains(tokens[j].Text(text)))) continue;
            if (word == "ADD" && !tokens[j].Is(text, "COLUMN")) continue;
            if (tokens[j].Is(text, "UNIQUE") || tokens[j].Is(text, "MATERIALIZED")) j++;
            GuardableStatements++;
            if (j + 2 < tokens.Count && tokens[j + 1].Is(text, "IF")
                && (tokens[j + 2].Is(text, "EXISTS") || tokens[j + 2].Is(text, "NOT")))
                GuardedStatements++;
        }
    }

    // Only words that cannot be a column name tell how a team spells keywords: "name" or
    // "key" in lower case says nothing.
    private static bool IsCaseEvidence(string word) =>
        Postgres.Keywords.IsReserved(word)
        || word.Equals("ALTER", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ADD", StringComparison.OrdinalIgnoreCase)
        || word.Equals("DROP", StringComparison.OrdinalIgnoreCase)
        || word.Equals("BEGIN", StringComparison.OrdinalIgnoreCase)
        || word.Equals("COMMIT", StringComparison.OrdinalIgnoreCase)
        || word.Equals("IF", StringComparison.OrdinalIgnoreCase)
        || word.Equals("EXISTS", StringComparison.OrdinalIgnoreCase);

    private void CountKeywords(string text)
    {
        foreach (var token in SqlTokens.Lex(text))
        {
            if (token.Kind != SqlTokenKind.Word) continue;
            var word = token.Text(text);
            if (!IsCaseEvidence(word)) continue;
            if (word == word.ToUpperInvariant()) UpperKeywords++;
            else if (word == word.ToLowerInvariant()) LowerKeywords++;
        }
    }
}
