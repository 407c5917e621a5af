namespace SchemaGen.Core.Formatting;

/// <summary>
/// Renders a <see cref="Migration"/> as a migration file in a team's <see cref="MigrationStyle"/>:
/// header, the UP section, then the DOWN section, each wrapped in its own transaction unless the
/// style or the migration says otherwise. Lines end in <c>\n</c>.
/// </summary>
public static class MigrationFileWriter
{
    /// <summary>Said at the top of a migration that cannot run inside a transaction.</summary>
    public static readonly string NonTransactionalNote =
        "-- Not wrapped in a transaction: it holds statements PostgreSQL refuses inside one\n"
        + "-- (such as CREATE INDEX CONCURRENTLY). Each statement is safe to re-run after a failure.";

    public static string Render(Migration migration, MigrationFileHeader header, MigrationStyle? style = null)
    {
        style ??= MigrationStyle.Default;
        var blocks = new List<string>();

        var headerLines = HeaderLines(migration, header, style);
        if (headerLines.Count > 0) blocks.Add(string.Join("\n", headerLines));

        var transactional = style.WrapInTransaction && migration.IsTransactional;
        if (!migration.IsTransactional) blocks.Add(NonTransactionalNote);

        blocks.Add(Section(migration.UpStatements, style, transactional,
            style.UpMarker, style.UpMarkerPlacement, style.UpGroupMarker, "-- Nothing to apply: the schemas are equivalent."));
        blocks.Add(Section(migration.DownStatements, style, transactional,
            style.DownMarker, style.DownMarkerPlacement, style.DownGroupMarker, "-- Nothing to roll back."));

        return string.Join("\n\n", blocks) + "\n";
    }

    private static List<string> HeaderLines(Migration migration, MigrationFileHeader header, MigrationStyle style)
    {
        var created = TimestampFormats.Format(header.Created, style.TimestampFormat, style.TimestampInUtc);
        var description = OneLine(header.Description ?? ChangeSummary.Summarize(migration.Changes));
        return style.HeaderLines
            .Select(line => line
                .Replace(MigrationStyle.NamePlaceholder, OneLine(header.Name))
                .Replace(MigrationStyle.CreatedPlaceholder, created)
                .Replace(MigrationStyle.DescriptionPlaceholder, description))
            .ToList();
    }

    // A header value with a line break would end the comment and start SQL.
    private static string OneLine(string text) =>
        string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));

    private static string Section(
        IReadOnlyList<string> statements, MigrationStyle style, bool transactional,
        string? marker, MarkerPlacement placement, string? groupMarker, string emptyNote)
    {
        var content = new List<string>();
        if (statements.Count == 0)
        {
            content.Add(emptyNote);
        }
        else if (groupMarker is null)
        {
            content.AddRange(statements.Select(s => Statement(s, style)));
        }
        else
        {
            foreach (var group in StatementGroup.Split(statements))
            {
                var marked = groupMarker.Replace(MigrationStyle.GroupPlaceholder, group.Label);
                content.Add(marked + "\n" + Statement(group.Statements[0], style));
                content.AddRange(group.Statements.Skip(1).Select(s => Statement(s, style)));
            }
        }

        var paragraphs = new List<string>();
        if (transactional)
        {
            if (marker is not null && placement == MarkerPlacement.BeforeTransaction)
                paragraphs.Add(marker + "\n" + style.BeginStatement);
            else
            {
                paragraphs.Add(style.BeginStatement);
                if (marker is not null) content[0] = marker + "\n" + content[0];
            }
            paragraphs.AddRange(content);
            paragraphs.Add(style.CommitStatement);
        }
        else
        {
            // Two comment lines in a row would read as one; a section marker stands apart
            // from the first group's comment.
            if (marker is not null && groupMarker is not null && statements.Count > 0) paragraphs.Add(marker);
            else if (marker is not null) content[0] = marker + "\n" + content[0];
            paragraphs.AddRange(content);
        }
        return string.Join("\n\n", paragraphs);
    }

    private static string Statement(string statement, MigrationStyle style) =>
        KeywordCaser.Apply(statement.Trim(), style.KeywordCase);
}
