using Microsoft.CodeAnalysis;
using SchemaGen.Analyzers.Tests.Infrastructure;

namespace SchemaGen.Analyzers.Tests;

/// <summary>
/// Each hazard rule through the real analyzer driver: ID, location, message and severity where it
/// fires, and a safe variant of the same edit where it must not.
/// </summary>
public class HazardRuleTests
{
    private const string V1Path = "/project/Schema/001_init.sql";
    private const string V2Path = "/project/Schema/002_next.sql";

    private static async Task<IReadOnlyList<Diagnostic>> Diff(string v1, string v2, string? globalConfig = null) =>
        await AnalyzerHarness.RunAsync(new[] { (V1Path, v1), (V2Path, v2) }, globalConfig);

    private static void AssertAt(Diagnostic diagnostic, string id, string path, string text, string marker, string message, DiagnosticSeverity severity)
    {
        var (line, column) = Located.Find(text, marker);
        Assert.Equal(new Located(id, path, line, column), Located.Of(diagnostic));
        Assert.Equal(message, diagnostic.GetMessage());
        Assert.Equal(severity, diagnostic.Severity);
    }

    [Theory]
    [InlineData("character varying(100)", "varchar(10)", "character varying(10)")]
    [InlineData("bigint", "integer", "integer")]
    [InlineData("numeric(12,2)", "numeric(8,2)", "numeric(8,2)")]
    [InlineData("numeric(12,4)", "numeric(12,2)", "numeric(12,2)")]
    [InlineData("text", "integer", "integer")]
    [InlineData("timestamp with time zone", "date", "date")]
    [InlineData("timestamptz", "timestamp", "timestamp without time zone")]
    [InlineData("double precision", "integer", "integer")]
    [InlineData("text", "uuid", "uuid")]
    public async Task Lossy_type_change_is_an_error_on_the_new_column(string oldType, string newType, string newSpelling)
    {
        var v1 = $"CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    value {oldType}\n);\n";
        var v2 = $"CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    value {newType}\n);\n";

        var diagnostics = await Diff(v1, v2);

        var oldSpelling = Core.SchemaDocument.Parse(V1Path, v1).Catalog.Tables.Values.Single().FindColumn("value")!.Type.Sql;
        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG1004"), "SG1004", V2Path, v2, "value",
            $"Changing the type of items.value from {oldSpelling} to {newSpelling} can truncate values or fail on existing rows",
            DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("varchar(10)", "varchar(100)")]
    [InlineData("varchar(10)", "text")]
    [InlineData("integer", "bigint")]
    [InlineData("smallint", "integer")]
    [InlineData("numeric(8,2)", "numeric(12,2)")]
    [InlineData("integer", "numeric(12,2)")]
    [InlineData("date", "timestamptz")]
    [InlineData("timestamp", "timestamptz")]
    [InlineData("integer", "text")]
    [InlineData("real", "double precision")]
    [InlineData("json", "jsonb")]
    public async Task Widening_type_change_is_not_lossy(string oldType, string newType)
    {
        var v1 = $"CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    value {oldType}\n);\n";
        var v2 = $"CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    value {newType}\n);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1004");
    }

    [Fact]
    public async Task Lossy_type_change_can_be_acknowledged()
    {
        const string v1 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    code text\n);\n";
        const string v2 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    -- schemagen:allow SG1004 codes were checked to be numeric\n    code integer\n);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1004");
    }

    [Fact]
    public async Task Dropped_sequence_is_reported_on_the_old_definition()
    {
        const string v1 = "CREATE TABLE items (id bigint PRIMARY KEY);\nCREATE SEQUENCE invoice_numbers;\n";
        const string v2 = "CREATE TABLE items (id bigint PRIMARY KEY);\n";

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG1005"), "SG1005", V1Path, v1, "invoice_numbers",
            "Dropping sequence invoice_numbers loses its current value", DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task Sequence_owned_by_a_dropped_serial_column_is_not_reported_separately()
    {
        const string v1 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    n serial\n);\n";
        const string v2 = "CREATE TABLE items (\n    id bigint PRIMARY KEY\n);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1005");
        Assert.Single(diagnostics, d => d.Id == "SG1002");
    }

    [Fact]
    public async Task Index_dropped_on_a_kept_table_is_reported_on_the_old_index()
    {
        const string v1 = "CREATE TABLE items (id bigint PRIMARY KEY, name text);\nCREATE INDEX items_name_idx ON items (name);\n";
        const string v2 = "CREATE TABLE items (id bigint PRIMARY KEY, name text);\n";

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG3003"), "SG3003", V1Path, v1, "items_name_idx",
            "Dropping index items_name_idx locks items against reads and writes until the drop commits", DiagnosticSeverity.Info);
    }

    [Fact]
    public async Task Index_dropped_with_its_table_is_not_a_lock_hazard()
    {
        const string v1 = "CREATE TABLE items (id bigint PRIMARY KEY, name text);\nCREATE INDEX items_name_idx ON items (name);\nCREATE TABLE keep (id bigint);\n";
        const string v2 = "CREATE TABLE keep (id bigint);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG3003");
    }

    [Theory]
    [InlineData("token uuid DEFAULT gen_random_uuid()", "with a volatile default")]
    [InlineData("total numeric GENERATED ALWAYS AS (price * 2) STORED", "as a stored generated column")]
    [InlineData("seq bigint GENERATED ALWAYS AS IDENTITY", "as an identity or serial column")]
    public async Task Column_added_with_per_row_values_rewrites_the_table(string column, string what)
    {
        const string v1 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    price numeric\n);\n";
        var v2 = $"CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    price numeric,\n    {column}\n);\n";
        var name = column.Split(' ')[0];

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG3002"), "SG3002", V2Path, v2, column,
            $"Adding column {name} {what} rewrites table items under an exclusive lock", DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("created_at timestamptz DEFAULT now()")]
    [InlineData("status text DEFAULT 'new'")]
    [InlineData("note text")]
    public async Task Column_added_with_a_constant_or_stable_default_does_not_rewrite(string column)
    {
        const string v1 = "CREATE TABLE items (\n    id bigint PRIMARY KEY\n);\n";
        var v2 = $"CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    {column}\n);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG3002");
    }

    [Fact]
    public async Task Column_added_with_a_schema_function_default_rewrites_only_when_the_function_is_volatile()
    {
        const string functions = "CREATE FUNCTION pick() RETURNS integer LANGUAGE sql VOLATILE AS 'SELECT 1';\nCREATE FUNCTION fixed() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';\n";
        const string v1 = functions + "CREATE TABLE items (\n    id bigint PRIMARY KEY\n);\n";
        const string v2 = functions + "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    a integer DEFAULT pick(),\n    b integer DEFAULT fixed()\n);\n";

        var diagnostics = await Diff(v1, v2);

        var rewrite = Assert.Single(diagnostics, d => d.Id == "SG3002");
        Assert.Equal(Located.Find(v2, "a integer").Line, Located.Of(rewrite).Line);
    }

    [Fact]
    public async Task Dropped_column_warns_that_deployed_code_may_use_it()
    {
        const string v1 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    legacy_code text\n);\n";
        const string v2 = "CREATE TABLE items (\n    id bigint PRIMARY KEY\n);\n";

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG4002"), "SG4002", V1Path, v1, "legacy_code",
            "Column items.legacy_code is in the previous version: code deployed with it may still read or write it", DiagnosticSeverity.Info);
    }

    [Fact]
    public async Task Renamed_column_is_not_a_dropped_column()
    {
        const string v1 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    code text\n);\n";
        const string v2 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    sku text -- @renamed from=code\n);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id is "SG4002" or "SG1002" or "SG6001");
        Assert.Single(diagnostics, d => d.Id == "SG4001");
    }

    [Theory]
    [InlineData("VIEW", "view")]
    [InlineData("MATERIALIZED VIEW", "materialized view")]
    public async Task Dropped_view_is_reported_on_the_old_view(string kind, string word)
    {
        const string table = "CREATE TABLE items (id bigint PRIMARY KEY, name text);\n";
        var v1 = table + $"CREATE {kind} item_names AS SELECT name FROM items;\n";

        var diagnostics = await Diff(v1, table);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG4003"), "SG4003", V1Path, v1, "item_names",
            $"Dropping {word} item_names breaks code that still reads it", DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task View_recreated_for_a_changed_query_is_not_dropped()
    {
        const string table = "CREATE TABLE items (id bigint PRIMARY KEY, name text);\n";
        const string v1 = table + "CREATE VIEW item_names AS SELECT name FROM items;\n";
        const string v2 = table + "CREATE VIEW item_names AS SELECT id, name FROM items;\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG4003");
    }

    [Fact]
    public async Task Dropped_function_is_reported_on_the_old_function()
    {
        const string table = "CREATE TABLE items (id bigint PRIMARY KEY);\n";
        const string v1 = table + "CREATE FUNCTION item_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM items';\n";

        var diagnostics = await Diff(v1, table);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG4004"), "SG4004", V1Path, v1, "item_count",
            "Dropping function item_count() breaks code that still calls it", DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task Changed_function_body_is_not_a_drop()
    {
        const string table = "CREATE TABLE items (id bigint PRIMARY KEY);\n";
        const string v1 = table + "CREATE FUNCTION item_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM items';\n";
        const string v2 = table + "CREATE FUNCTION item_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(id) FROM items';\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG4004");
    }

    [Fact]
    public async Task Column_dropped_and_added_with_the_same_type_suggests_the_rename_annotation_on_the_new_column()
    {
        const string v1 = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text NOT NULL,\n    age integer\n);\n";
        const string v2 = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email_address text NOT NULL,\n    age integer\n);\n";

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG6001"), "SG6001", V2Path, v2, "email_address",
            "Column users.email_address is added and email of the same type is dropped: if this is a rename, annotate it with '-- @renamed from=email' to keep the values",
            DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("    email_address varchar(200)\n")]
    [InlineData("    email_address text,\n    backup_email text\n")]
    public async Task Different_type_or_ambiguous_candidates_are_not_a_probable_rename(string added)
    {
        const string v1 = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text\n);\n";
        var v2 = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n" + added + ");\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG6001");
    }

    [Fact]
    public async Task Probable_rename_disappears_once_annotated()
    {
        const string v1 = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text NOT NULL\n);\n";
        const string v2 = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email_address text NOT NULL -- @renamed from=email\n);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id is "SG6001" or "SG1002");
    }

    [Fact]
    public async Task Widening_a_type_warns_that_rolling_back_can_fail()
    {
        const string v1 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    code varchar(10)\n);\n";
        const string v2 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    code varchar(100)\n);\n";

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG5001"), "SG5001", V2Path, v2, "code",
            "Rolling back the type change of items.code can fail or lose data written since: DOWN changes it back to character varying(10), which can truncate values or fail",
            DiagnosticSeverity.Warning);
        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1004");
    }

    [Fact]
    public async Task Dropping_not_null_warns_that_rolling_back_can_fail()
    {
        const string v1 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    code text NOT NULL\n);\n";
        const string v2 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    code text\n);\n";

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG5001"), "SG5001", V2Path, v2, "code",
            "Rolling back dropping NOT NULL of items.code can fail or lose data written since: DOWN sets NOT NULL again and fails if a row holds NULL",
            DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task Adding_an_enum_value_warns_that_rolling_back_can_fail()
    {
        const string v1 = "CREATE TYPE mood AS ENUM ('sad', 'happy');\n";
        const string v2 = "CREATE TYPE mood AS ENUM ('sad', 'happy', 'calm');\n";

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG5001"), "SG5001", V2Path, v2, "mood",
            "Rolling back enum mood can fail or lose data written since: DOWN removes value 'calm' and fails if a row holds it",
            DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task Safe_to_roll_back_changes_do_not_warn()
    {
        const string v1 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    code text,\n    n bigint\n);\n";
        const string v2 = "CREATE TABLE items (\n    id bigint PRIMARY KEY,\n    code text NOT NULL DEFAULT '',\n    n bigint\n);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG5001");
    }

    [Fact]
    public async Task Unique_index_on_an_existing_table_is_validated_against_its_rows()
    {
        const string table = "CREATE TABLE items (id bigint PRIMARY KEY, sku text);\n";
        const string v2 = table + "CREATE UNIQUE INDEX items_sku_key ON items (sku);\n";

        var diagnostics = await Diff(table, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG2002"), "SG2002", V2Path, v2, "items_sku_key",
            "Adding unique index items_sku_key checks every existing row and fails if one violates it", DiagnosticSeverity.Warning);
        Assert.Single(diagnostics, d => d.Id == "SG3001");
    }

    [Fact]
    public async Task Unique_index_on_a_new_table_is_not_validated()
    {
        const string v1 = "CREATE TABLE other (id bigint);\n";
        const string v2 = v1 + "CREATE TABLE items (id bigint PRIMARY KEY, sku text);\nCREATE UNIQUE INDEX items_sku_key ON items (sku);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id is "SG2002" or "SG3001");
    }

    [Fact]
    public async Task Converting_a_column_between_two_existing_enums_can_fail()
    {
        const string types = "CREATE TYPE mood AS ENUM ('sad', 'happy');\nCREATE TYPE weather AS ENUM ('sunny', 'rainy');\n";
        const string v1 = types + "CREATE TABLE days (\n    id bigint PRIMARY KEY,\n    state mood\n);\n";
        const string v2 = types + "CREATE TABLE days (\n    id bigint PRIMARY KEY,\n    state weather\n);\n";

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG1004"), "SG1004", V2Path, v2, "state",
            "Changing the type of days.state from mood to weather can truncate values or fail on existing rows", DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Text_to_enum_can_fail_and_enum_to_text_cannot()
    {
        const string type = "CREATE TYPE mood AS ENUM ('sad', 'happy');\n";
        const string asText = type + "CREATE TABLE days (\n    id bigint PRIMARY KEY,\n    state text\n);\n";
        const string asEnum = type + "CREATE TABLE days (\n    id bigint PRIMARY KEY,\n    state mood\n);\n";

        Assert.Single(await Diff(asText, asEnum), d => d.Id == "SG1004");
        Assert.DoesNotContain(await Diff(asEnum, asText), d => d.Id == "SG1004");
    }

    [Fact]
    public async Task Table_dropped_and_added_with_the_same_columns_is_a_probable_rename_on_the_new_table()
    {
        const string v1 = "CREATE TABLE people (\n    id bigint PRIMARY KEY,\n    name text\n);\n";
        const string v2 = "CREATE TABLE persons (\n    id bigint PRIMARY KEY,\n    name text\n);\n";

        var diagnostics = await Diff(v1, v2);

        AssertAt(Assert.Single(diagnostics, d => d.Id == "SG6002"), "SG6002", V2Path, v2, "persons",
            "Table persons is added with the same columns as dropped table people: if this is a rename, the rows of people are deleted, not moved",
            DiagnosticSeverity.Warning);
        Assert.Single(diagnostics, d => d.Id == "SG1001");
    }

    [Fact]
    public async Task Table_added_with_other_columns_is_not_a_probable_rename()
    {
        const string v1 = "CREATE TABLE people (\n    id bigint PRIMARY KEY,\n    name text\n);\n";
        const string v2 = "CREATE TABLE persons (\n    id bigint PRIMARY KEY,\n    full_name text\n);\n";

        var diagnostics = await Diff(v1, v2);

        Assert.DoesNotContain(diagnostics, d => d.Id == "SG6002");
    }
}
