using System.Text;
using Npgsql;
using NpgsqlTypes;
using SchemaGen.Core.Postgres;

namespace SchemaGen.Cli.Introspection;

/// <summary>
/// Reads the schema of a live database from pg_catalog and writes it as SQL statements, using the
/// server's own deparsers (format_type, pg_get_expr, pg_get_constraintdef, pg_get_indexdef, ...)
/// so every expression is spelled as PostgreSQL itself would print it. Core then parses that SQL
/// like any schema file, so a database and a file are compared through one model.
/// </summary>
internal sealed partial class DatabaseSchemaReader
{
    private readonly NpgsqlConnection _connection;
    private readonly IReadOnlyList<string>? _schemas;
    private readonly string _historySchema;
    private readonly string _historyTable;
    private readonly List<string> _statements = new();
    private readonly List<string> _unsupported = new();

    private DatabaseSchemaReader(NpgsqlConnection connection, IReadOnlyList<string>? schemas, string historySchema, string historyTable)
    {
        _connection = connection;
        _schemas = schemas is { Count: > 0 } ? schemas : null;
        _historySchema = historySchema;
        _historyTable = historyTable;
    }

    /// <summary>
    /// The schema as SQL, in an order Core can bind (types and functions before the tables that use
    /// them, views after what they read), and the objects SchemaGen does not manage, by kind and name.
    /// </summary>
    public static IntrospectedSchema Read(
        NpgsqlConnection connection, IReadOnlyList<string>? schemas, string historySchema = "public", string historyTable = "schemagen_history")
    {
        var reader = new DatabaseSchemaReader(connection, schemas, historySchema, historyTable);
        // Deparsed names are qualified unless on the search path; with public alone on it they read like a schema file.
        reader.Execute("SET search_path = public");
        try
        {
            reader.ReadAll();
        }
        finally
        {
            reader.Execute("RESET search_path");
        }
        var text = new StringBuilder();
        foreach (var statement in reader._statements)
            text.Append(statement).Append(";\n\n");
        return new IntrospectedSchema(text.ToString(), reader._unsupported);
    }

    private void ReadAll()
    {
        ReadSchemas();
        ReadExtensions();
        ReadEnums();
        ReadDomains();
        ReadCompositeTypes();
        var tables = ReadTableShapes();
        ReadStandaloneSequences(tables);
        ReadFunctions(returningRows: false);
        ReadTables(tables);
        ReadFunctions(returningRows: true);
        ReadSequenceOwners(tables);
        ReadForeignKeys();
        ReadViews();
        ReadIndexes();
        ReadReplicaIdentities();
        ReadTriggers();
        ReadRowSecurity();
        ReadComments();
        ReadUnsupported();
    }

    private void Add(string statement) => _statements.Add(statement);

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The rows of a catalog query; @schemas, @history_schema and @history_table are bound.</summary>
    private List<object?[]> Rows(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        command.Parameters.Add(new NpgsqlParameter("schemas", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = _schemas is null ? DBNull.Value : _schemas.ToArray(),
        });
        command.Parameters.AddWithValue("history_schema", _historySchema);
        command.Parameters.AddWithValue("history_table", _historyTable);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static string Name(string schema, string name) => Identifiers.QuoteQualified(schema, name);

    private static string Q(string name) => Identifiers.Quote(name);

    private static string Lit(string value) => Identifiers.Literal(value);
}

/// <summary>A database's schema as SQL, and what in it SchemaGen leaves out.</summary>
internal sealed record IntrospectedSchema(string Sql, IReadOnlyList<string> Unsupported);
