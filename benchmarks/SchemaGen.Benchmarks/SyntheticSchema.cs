using System.Text;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Deterministic generator of realistic PostgreSQL schemas: N tables with mixed column types,
/// primary keys, foreign keys to earlier tables, unique and check constraints, indexes, a few
/// enum types and views; and a modified version where about 10% of the tables change (columns
/// added, dropped and retyped, indexes added, constraints dropped).
/// </summary>
/// <remarks>
/// Every generated statement is plain PostgreSQL, so the same files load into a real server
/// (see compare-migra.sh). Mutations only touch "payload" columns, which no index, constraint,
/// foreign key or view refers to, so the modified version is always valid.
/// </remarks>
public static class SyntheticSchema
{
    public const int DefaultSeed = 20251125;

    private static readonly string[] Nouns =
    {
        "account", "order", "invoice", "product", "customer", "shipment", "payment", "address",
        "session", "event", "ticket", "review", "category", "supplier", "warehouse", "employee",
        "project", "task", "comment", "attachment", "subscription", "plan", "coupon", "refund",
    };

    private static readonly (string Type, string? Retyped)[] PayloadTypes =
    {
        ("integer", "bigint"), ("bigint", null), ("text", null), ("varchar(64)", "varchar(128)"),
        ("numeric(12,2)", "numeric(14,2)"), ("boolean NOT NULL DEFAULT false", null),
        ("timestamptz NOT NULL DEFAULT now()", null), ("date", "timestamptz"), ("jsonb", null),
        ("uuid", null), ("smallint", "integer"), ("double precision", null),
    };

    /// <summary>The original and the modified schema text for <paramref name="tables"/> tables.</summary>
    public static (string From, string To) Pair(int tables, int seed = DefaultSeed)
    {
        var model = Build(tables, seed);
        var from = Render(model);
        Mutate(model, new Random(seed ^ 0x5A5A5A));
        return (from, Render(model));
    }

    /// <summary>Just the original schema, for lexer and parser throughput.</summary>
    public static string Schema(int tables, int seed = DefaultSeed) => Render(Build(tables, seed));

    /// <summary>Approximately <paramref name="bytes"/> of schema text (UTF-8), built from whole tables.</summary>
    public static string SchemaOfSize(int bytes, int seed = DefaultSeed)
    {
        // ~640 bytes per table on average; overshoot then use as is (whole statements only).
        var tables = Math.Max(10, bytes / 600);
        return Schema(tables, seed);
    }

    // --- model ---------------------------------------------------------------------------

    private sealed class Column
    {
        public required string Name;
        public required string Type;
        public string? Retyped;
        public bool Payload;
    }

    private sealed class Table
    {
        public required string Name;
        public required List<Column> Columns;
        public List<string> Constraints = new();      // full "CONSTRAINT x ..." clauses
        public List<string> DroppableConstraints = new();
        public List<string> Indexes = new();          // full CREATE INDEX statements
        public string? EnumColumnType;
    }

    private sealed class Model
    {
        public List<string> Enums = new();
        public List<Table> Tables = new();
        public List<string> Views = new();
    }

    private static Model Build(int tables, int seed)
    {
        var random = new Random(seed);
        var model = new Model();

        var enumCount = Math.Max(1, tables / 50);
        for (var e = 0; e < enumCount; e++)
        {
            var labels = Enumerable.Range(0, 3 + random.Next(5)).Select(l => $"'state_{e}_{l}'");
            model.Enums.Add($"CREATE TYPE status_{e:D4} AS ENUM ({string.Join(", ", labels)});");
        }

        for (var t = 0; t < tables; t++)
        {
            var name = $"{Nouns[t % Nouns.Length]}_{t:D5}";
            var table = new Table
            {
                Name = name,
                Columns = new List<Column>
                {
                    new() { Name = "id", Type = "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY" },
                    new() { Name = "name", Type = "varchar(200) NOT NULL" },
                    new() { Name = "amount", Type = "numeric(12,2) NOT NULL DEFAULT 0" },
                    new() { Name = "code", Type = "text NOT NULL" },
                },
            };

            var payloadCount = 2 + random.Next(8);
            for (var c = 0; c < payloadCount; c++)
            {
                var (type, retyped) = PayloadTypes[random.Next(PayloadTypes.Length)];
                table.Columns.Add(new Column { Name = $"attr_{c}", Type = type, Retyped = retyped, Payload = true });
            }

            if (random.Next(4) == 0)
            {
                var enumType = $"status_{random.Next(enumCount):D4}";
                table.Columns.Add(new Column { Name = "status", Type = enumType });
                table.EnumColumnType = enumType;
            }

            // Foreign keys to earlier tables: inline REFERENCES or a table constraint.
            if (t > 0 && random.Next(3) != 0)
            {
                var parent = model.Tables[random.Next(t)];
                table.Columns.Add(new Column { Name = $"{parent.Name}_id", Type = "bigint NOT NULL" });
                table.Constraints.Add(
                    $"CONSTRAINT fk_{name}_{parent.Name} FOREIGN KEY ({parent.Name}_id) REFERENCES {parent.Name} (id) ON DELETE CASCADE");
                table.Indexes.Add($"CREATE INDEX ix_{name}_{parent.Name} ON {name} ({parent.Name}_id);");
            }
            if (t > 1 && random.Next(5) == 0)
            {
                var parent = model.Tables[random.Next(t)];
                if (!table.Columns.Any(c => c.Name == $"{parent.Name}_id"))
                    table.Columns.Add(new Column { Name = $"{parent.Name}_id", Type = $"bigint REFERENCES {parent.Name} (id)" });
            }

            var unique = $"CONSTRAINT uq_{name}_code UNIQUE (code)";
            var check = $"CONSTRAINT ck_{name}_amount CHECK (amount >= 0)";
            table.Constraints.Add(unique);
            table.Constraints.Add(check);
            table.DroppableConstraints.Add(unique);
            table.DroppableConstraints.Add(check);

            if (random.Next(2) == 0)
                table.Indexes.Add($"CREATE INDEX ix_{name}_name ON {name} (name);");
            if (random.Next(4) == 0)
                table.Indexes.Add($"CREATE UNIQUE INDEX ux_{name}_name_code ON {name} (name, code);");

            model.Tables.Add(table);
        }

        var viewCount = Math.Max(1, tables / 20);
        for (var v = 0; v < viewCount; v++)
        {
            var table = model.Tables[random.Next(tables)];
            model.Views.Add($"CREATE VIEW v_{table.Name}_{v} AS\n    SELECT id, name, amount FROM {table.Name} WHERE amount > {v};");
        }

        return model;
    }

    private static void Mutate(Model model, Random random)
    {
        var changed = Math.Max(1, model.Tables.Count / 10);
        var picked = Enumerable.Range(0, model.Tables.Count).OrderBy(_ => random.Next()).Take(changed).ToList();
        var n = 0;
        foreach (var index in picked)
        {
            var table = model.Tables[index];
            var payload = table.Columns.Where(c => c.Payload).ToList();
            switch (n++ % 5)
            {
                case 0:
                    table.Columns.Add(new Column { Name = "added_note", Type = "text", Payload = true });
                    table.Columns.Add(new Column { Name = "added_at", Type = "timestamptz", Payload = true });
                    break;
                case 1:
                    table.Columns.Remove(payload[random.Next(payload.Count)]);
                    break;
                case 2:
                    var retypable = payload.Where(c => c.Retyped is not null).ToList();
                    if (retypable.Count > 0)
                    {
                        var column = retypable[random.Next(retypable.Count)];
                        column.Type = column.Retyped!;
                        column.Retyped = null;
                    }
                    else
                    {
                        table.Columns.Add(new Column { Name = "added_flag", Type = "boolean", Payload = true });
                    }
                    break;
                case 3:
                    table.Indexes.Add($"CREATE INDEX ix_{table.Name}_amount ON {table.Name} (amount);");
                    break;
                case 4:
                    table.Constraints.Remove(table.DroppableConstraints[random.Next(table.DroppableConstraints.Count)]);
                    break;
            }
        }
    }

    private static string Render(Model model)
    {
        var sb = new StringBuilder();
        sb.Append("-- Synthetic schema generated by SchemaGen.Benchmarks\n\n");
        foreach (var e in model.Enums) sb.Append(e).Append('\n');
        sb.Append('\n');
        foreach (var table in model.Tables)
        {
            sb.Append("CREATE TABLE ").Append(table.Name).Append(" (\n");
            var lines = table.Columns.Select(c => $"    {c.Name} {c.Type}")
                .Concat(table.Constraints.Select(c => "    " + c));
            sb.Append(string.Join(",\n", lines)).Append("\n);\n");
            foreach (var index in table.Indexes) sb.Append(index).Append('\n');
            sb.Append('\n');
        }
        foreach (var view in model.Views) sb.Append(view).Append("\n\n");
        return sb.ToString();
    }
}
