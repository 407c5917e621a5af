using Npgsql;

namespace SchemaGen.Testing;

/// <summary>
/// A database's schema as a sorted set of <c>kind key => value</c> entries, one per object or
/// column, covering every non-system schema and leaving out what extensions own. Two databases
/// hold the same schema exactly when their snapshots are equal; OIDs, column order and
/// sequence positions do not count.
/// </summary>
public sealed class CatalogSnapshot
{
    private CatalogSnapshot(SortedDictionary<string, CatalogEntry> entries,
        IReadOnlyDictionary<TableName, IReadOnlyDictionary<string, string>> tableColumns)
    {
        Entries = entries;
        TableColumns = tableColumns;
    }

    /// <summary>By <c>kind key</c>, in ordinal order.</summary>
    public IReadOnlyDictionary<string, CatalogEntry> Entries { get; }

    /// <summary>Each ordinary or partitioned table's columns, name to type; the input of <see cref="DataSnapshot"/>.</summary>
    public IReadOnlyDictionary<TableName, IReadOnlyDictionary<string, string>> TableColumns { get; }

    public IEnumerable<string> Lines => Entries.Values.Select(e => e.ToString());

    public bool IsEmptySchema => Entries.Values.All(e => e.Kind is "schema" or "extension");

    public static async Task<CatalogSnapshot> CaptureAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // One snapshot of the catalogs for all queries, and deparsing that does not depend on the session's path.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using (var setup = new NpgsqlCommand("SET LOCAL search_path = pg_catalog; SET LOCAL TRANSACTION READ ONLY", connection, transaction))
            await setup.ExecuteNonQueryAsync(cancellationToken);

        var entries = new SortedDictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var query in CatalogQueries.All)
        {
            await using var command = new NpgsqlCommand(query, connection, transaction);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var entry = new CatalogEntry(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2));
                var id = entry.Id;
                // Keys are unique by construction; a duplicate would mean a query is wrong, so keep both visibly.
                for (var n = 2; entries.ContainsKey(id); n++)
                    id = entry.Id + " #" + n;
                entries.Add(id, entry);
            }
        }

        var columns = new Dictionary<TableName, Dictionary<string, string>>();
        await using (var command = new NpgsqlCommand(CatalogQueries.TableColumns, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var table = new TableName(reader.GetString(0), reader.GetString(1));
                if (!columns.TryGetValue(table, out var tableColumns))
                    columns[table] = tableColumns = new Dictionary<string, string>(StringComparer.Ordinal);
                tableColumns[reader.GetString(2)] = reader.GetString(3);
            }
        }
        await transaction.CommitAsync(cancellationToken);

        return new CatalogSnapshot(entries,
            columns.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, string>)kv.Value));
    }

    /// <summary>What <paramref name="actual"/> lacks, adds or holds differently compared with <paramref name="expected"/>.</summary>
    public static CatalogDiff Diff(CatalogSnapshot expected, CatalogSnapshot actual)
    {
        var missing = new List<CatalogEntry>();
        var extra = new List<CatalogEntry>();
        var changed = new List<(CatalogEntry Expected, CatalogEntry Actual)>();
        foreach (var (id, entry) in expected.Entries)
        {
            if (!actual.Entries.TryGetValue(id, out var other))
                missing.Add(entry);
            else if (!string.Equals(entry.Value, other.Value, StringComparison.Ordinal))
                changed.Add((entry, other));
        }
        foreach (var (id, entry) in actual.Entries)
        {
            if (!expected.Entries.ContainsKey(id))
                extra.Add(entry);
        }
        return new CatalogDiff(missing, extra, changed);
    }

    /// <summary>
    /// Columns of tables present in both snapshots (optionally only those whose type is unchanged),
    /// the set whose rows a migration must keep.
    /// </summary>
    public static IReadOnlyDictionary<TableName, IReadOnlyList<string>> CommonColumns(CatalogSnapshot a, CatalogSnapshot b,
        bool sameTypeOnly = false)
    {
        var common = new SortedDictionary<TableName, IReadOnlyList<string>>();
        foreach (var (table, columnsA) in a.TableColumns)
        {
            if (!b.TableColumns.TryGetValue(table, out var columnsB))
                continue;
            var names = columnsA
                .Where(c => columnsB.TryGetValue(c.Key, out var typeB) && (!sameTypeOnly || typeB == c.Value))
                .Select(c => c.Key)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();
            if (names.Count > 0)
                common[table] = names;
        }
        return common;
    }

    public override string ToString() => string.Join('\n', Lines);
}
