using System.Text;
using Npgsql;

namespace SchemaGen.Testing;

/// <summary>
/// The rows of chosen tables and columns as text, sorted, so that a test can check a migration
/// kept every row of what exists in both schema versions. Rows are compared as a multiset:
/// duplicates count, physical order does not.
/// </summary>
public sealed class DataSnapshot
{
    private DataSnapshot(IReadOnlyDictionary<TableName, IReadOnlyList<string>> columns,
        IReadOnlyDictionary<TableName, IReadOnlyList<string>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyDictionary<TableName, IReadOnlyList<string>> Columns { get; }

    /// <summary>Per table, each row rendered as <c>(col=value, ...)</c> in column-name order; rows sorted ordinally.</summary>
    public IReadOnlyDictionary<TableName, IReadOnlyList<string>> Rows { get; }

    public int RowCount => Rows.Values.Sum(r => r.Count);

    /// <summary>Reads the given columns of the given tables (see <see cref="CatalogSnapshot.CommonColumns"/>).</summary>
    public static async Task<DataSnapshot> CaptureAsync(string connectionString,
        IReadOnlyDictionary<TableName, IReadOnlyList<string>> columns, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

        var rows = new SortedDictionary<TableName, IReadOnlyList<string>>();
        foreach (var (table, tableColumns) in columns)
        {
            // Text output is the type's own canonical form, comparable across sessions and builds.
            var select = string.Join(", ", tableColumns.Select(c => PostgresServer.QuoteIdentifier(c) + "::text"));
            // ONLY: a parent's scan also returns its inheritance children's and partitions' rows,
            // which are checked in those tables; a child leaving its parent must not look like lost rows.
            await using var command = new NpgsqlCommand($"SELECT {select} FROM ONLY {table.Quoted}", connection, transaction);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rendered = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new StringBuilder("(");
                for (var i = 0; i < tableColumns.Count; i++)
                {
                    if (i > 0)
                        row.Append(", ");
                    row.Append(tableColumns[i]).Append('=');
                    row.Append(reader.IsDBNull(i) ? "NULL" : "'" + reader.GetString(i).Replace("'", "''") + "'");
                }
                rendered.Add(row.Append(')').ToString());
            }
            rendered.Sort(StringComparer.Ordinal);
            rows[table] = rendered;
        }
        await transaction.CommitAsync(cancellationToken);
        return new DataSnapshot(columns, rows);
    }

    /// <summary>Rows of <paramref name="expected"/> missing from <paramref name="actual"/> and rows added; empty when equal.</summary>
    public static IReadOnlyList<string> Diff(DataSnapshot expected, DataSnapshot actual, int maxRowsPerTable = 20)
    {
        var problems = new List<string>();
        foreach (var (table, expectedRows) in expected.Rows)
        {
            if (!actual.Rows.TryGetValue(table, out var actualRows))
            {
                problems.Add($"table {table}: not captured in the actual snapshot");
                continue;
            }
            if (!string.Join(',', expected.Columns[table]).Equals(string.Join(',', actual.Columns[table]), StringComparison.Ordinal))
            {
                problems.Add($"table {table}: compared columns differ ({string.Join(", ", expected.Columns[table])} vs {string.Join(", ", actual.Columns[table])})");
                continue;
            }
            var remaining = actualRows.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var row in expectedRows)
            {
                if (remaining.TryGetValue(row, out var count) && count > 0)
                    remaining[row] = count - 1;
                else
                    missing.Add(row);
            }
            var extra = remaining.Where(kv => kv.Value > 0).SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count == 0 && extra.Count == 0)
                continue;
            problems.Add($"table {table}: {expectedRows.Count} rows expected, {actualRows.Count} found; {missing.Count} missing or changed, {extra.Count} unexpected");
            problems.AddRange(missing.Take(maxRowsPerTable).Select(r => "  - " + r));
            problems.AddRange(extra.Take(maxRowsPerTable).Select(r => "  + " + r));
        }
        foreach (var table in actual.Rows.Keys.Where(t => !expected.Rows.ContainsKey(t)))
            problems.Add($"table {table}: not captured in the expected snapshot");
        return problems;
    }
}
