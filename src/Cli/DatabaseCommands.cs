using System.CommandLine;
using System.Globalization;
using Npgsql;
using SchemaGen.Runtime;

namespace SchemaGen.Cli;

/// <summary>
/// <c>schemagen apply | status | rollback | baseline | script</c>: the runtime's <see cref="MigrationRunner"/>
/// over the migrations between consecutive versions in a schema folder, or over the registry the
/// source generator built into an application assembly.
/// </summary>
internal static class DatabaseCommands
{
    public const string ConnectionVariable = "SCHEMAGEN_CONNECTION";

    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Apply(context);
        yield return Status(context);
        yield return Rollback(context);
        yield return Baseline(context);
        yield return Script(context);
    }

    private sealed class Common
    {
        public Option<string?> Connection { get; } = new("--connection", "-c")
        {
            Description = $"Npgsql connection string or postgresql:// URI of the database (default: the {ConnectionVariable} environment variable). Never printed.",
        };

        public Option<string?> SchemaDir { get; } = new("--schema-dir", "-s")
        {
            Description = "The folder of schema versions (001_init.sql, schema_v2.sql, ...), ordered by the number in each name.",
        };

        public Option<string?> Assembly { get; } = new("--assembly", "-a")
        {
            Description = "A built application assembly (bin/Release/net10.0/App.dll) whose generated SchemaMigrations.All to use instead of --schema-dir.",
        };

        public Option<string> HistorySchema { get; } = new("--history-schema")
        {
            Description = "Schema of the history table.",
            DefaultValueFactory = _ => "public",
        };

        public Option<string> HistoryTable { get; } = new("--history-table")
        {
            Description = "Name of the history table.",
            DefaultValueFactory = _ => "schemagen_history",
        };

        public Option<bool> TransactionPooling { get; } = new("--transaction-pooling")
        {
            Description = "The connection goes through a transaction-pooling proxy (PgBouncer pool_mode=transaction): "
                + "lock each migration's transaction instead of the session; non-transactional migrations are refused.",
        };

        public void AddTo(Command command, bool withConnection)
        {
            if (withConnection) command.Options.Add(Connection);
            if (withConnection) command.Options.Add(TransactionPooling);
            command.Options.Add(SchemaDir);
            command.Options.Add(Assembly);
            command.Options.Add(HistorySchema);
            command.Options.Add(HistoryTable);
        }

        /// <summary>The migrations of --schema-dir or --assembly (exactly one of them).</summary>
        public IReadOnlyList<IMigration> Migrations(ParseResult parse, CliContext context)
        {
            var folder = parse.GetValue(SchemaDir);
            var assembly = parse.GetValue(Assembly);
            if ((folder is null) == (assembly is null))
                throw new CliError("give the migrations with exactly one of --schema-dir FOLDER or --assembly App.dll", ExitCodes.Usage);
            return folder is not null ? SchemaVersionMigrations.Load(folder, context.Error) : AssemblyMigrations.Load(assembly!);
        }

        /// <summary>Where the migrations come from, for messages.</summary>
        public string Source(ParseResult parse) => parse.GetValue(SchemaDir) ?? parse.GetValue(Assembly) ?? "";

        public MigrationRunnerOptions Options(ParseResult parse) => new()
        {
            HistorySchema = parse.GetValue(HistorySchema) ?? "public",
            HistoryTable = parse.GetValue(HistoryTable) ?? "schemagen_history",
            TransactionPooling = parse.GetValue(TransactionPooling),
        };
    }

    private static Command Apply(CliContext context)
    {
        var common = new Common();
        var target = new Option<string?>("--target") { Description = "Apply up to and including this migration id only." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be applied; change nothing." };
        var command = new Command("apply", "Apply the pending migrations of a schema folder or a built application to a database.") { target, dryRun };
        common.AddTo(command, withConnection: true);
        var run = new RunnerOptionSet();
        run.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var migrations = common.Migrations(parse, context);
            var options = common.Options(parse);
            options.TargetId = KnownId(migrations, parse.GetValue(target), "--target");
            options.DryRun = parse.GetValue(dryRun);
            using var progress = new ProgressDisplay(context.Error, ProgressDisplay.IsTerminal(context));
            run.ApplyTo(parse, options, progress);
            return await WithRunnerAsync(context, parse.GetValue(common.Connection), migrations, options, async (runner, database) =>
            {
                var result = await runner.ApplyAsync(ct);
                progress.Dispose();
                if (result.Migrations.Count == 0)
                    context.Out.WriteLine($"{database}: up to date, nothing to apply.");
                foreach (var migration in result.Migrations)
                {
                    context.Out.WriteLine(result.IsDryRun
                        ? $"would apply {migration.Id} ({migration.Name})"
                        : $"applied {migration.Id} ({migration.Name}) in {Milliseconds(migration.Duration)}");
                }
                if (result.IsDryRun)
                    context.Out.WriteLine($"{database}: dry run, {result.Migrations.Count} migration(s) would be applied; nothing was changed.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Status(CliContext context)
    {
        var common = new Common();
        var command = new Command(
            "status",
            "List applied, pending, drifted and unknown migrations of a database. Exit code 0: up to date, 5: migrations pending, 4: drifted or unknown migrations (or no database).");
        common.AddTo(command, withConnection: true);
        command.SetAction(async (parse, ct) =>
        {
            var migrations = common.Migrations(parse, context);
            return await WithRunnerAsync(context, parse.GetValue(common.Connection), migrations, common.Options(parse), async (runner, database) =>
            {
                var status = await runner.GetStatusAsync(ct);
                var applied = status.Applied.ToDictionary(r => r.Id, StringComparer.Ordinal);
                var drifted = status.Drifted.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                var failed = status.Failed.ToDictionary(r => r.Id, StringComparer.Ordinal);
                foreach (var migration in runner.Migrations)
                {
                    var state = drifted.Contains(migration.Id) ? "drifted"
                        : applied.ContainsKey(migration.Id) ? "applied"
                        : failed.ContainsKey(migration.Id) ? "failed"
                        : "pending";
                    var detail = state switch
                    {
                        "applied" => $" at {applied[migration.Id].FinishedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "?"}",
                        "drifted" => ": changed after it was applied",
                        "failed" => $": {failed[migration.Id].Error ?? "interrupted"}",
                        _ => "",
                    };
                    context.Out.WriteLine($"{state,-8} {migration.Id} ({migration.Name}){detail}");
                }
                foreach (var row in status.Unknown)
                    context.Out.WriteLine($"{"unknown",-8} {row.Id} ({row.Name}): in the history but not in {common.Source(parse)}");

                context.Out.WriteLine(
                    $"{database}: {status.Applied.Count} applied, {status.Pending.Count} pending, "
                    + $"{status.Drifted.Count} drifted, {status.Unknown.Count} unknown.");
                return StatusExitCode(status);
            });
        });
        return command;
    }

    private static Command Rollback(CliContext context)
    {
        var common = new Common();
        var to = new Option<string?>("--to") { Description = "The migration id to go back to; it stays applied." };
        var all = new Option<bool>("--all") { Description = "Roll back every applied migration." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be rolled back; change nothing." };
        var command = new Command("rollback", "Run the DOWN SQL of migrations applied after --to, newest first.") { to, all, dryRun };
        common.AddTo(command, withConnection: true);
        var run = new RunnerOptionSet();
        run.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var toId = parse.GetValue(to);
            if ((toId is null) == !parse.GetValue(all))
                throw new CliError("rollback needs exactly one of --to ID or --all", ExitCodes.Usage);
            var migrations = common.Migrations(parse, context);
            KnownId(migrations, toId, "--to");
            var options = common.Options(parse);
            options.DryRun = parse.GetValue(dryRun);
            using var progress = new ProgressDisplay(context.Error, ProgressDisplay.IsTerminal(context));
            run.ApplyTo(parse, options, progress);
            return await WithRunnerAsync(context, parse.GetValue(common.Connection), migrations, options, async (runner, database) =>
            {
                var result = await runner.RollbackAsync(toId, ct);
                progress.Dispose();
                if (result.Migrations.Count == 0)
                    context.Out.WriteLine($"{database}: nothing to roll back.");
                foreach (var migration in result.Migrations)
                {
                    context.Out.WriteLine(result.IsDryRun
                        ? $"would roll back {migration.Id} ({migration.Name})"
                        : $"rolled back {migration.Id} ({migration.Name}) in {Milliseconds(migration.Duration)}");
                }
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Baseline(CliContext context)
    {
        var common = new Common();
        var to = new Option<string>("--to") { Description = "The last migration the database already has.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be recorded; change nothing." };
        var command = new Command(
            "baseline", "Record the migrations up to --to as applied without running them (a database that already has that schema).")
        {
            to, dryRun,
        };
        common.AddTo(command, withConnection: true);
        command.SetAction(async (parse, ct) =>
        {
            var migrations = common.Migrations(parse, context);
            var toId = KnownId(migrations, parse.GetValue(to), "--to")!;
            var options = common.Options(parse);
            options.DryRun = parse.GetValue(dryRun);
            return await WithRunnerAsync(context, parse.GetValue(common.Connection), migrations, options, async (runner, database) =>
            {
                var result = await runner.BaselineAsync(toId, ct);
                if (result.Migrations.Count == 0)
                    context.Out.WriteLine($"{database}: nothing to baseline, the history already has {toId}.");
                foreach (var migration in result.Migrations)
                    context.Out.WriteLine($"{(result.IsDryRun ? "would record" : "recorded")} {migration.Id} ({migration.Name}) as applied");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Script(CliContext context)
    {
        var common = new Common();
        var from = new Option<string?>("--from") { Description = "The migration id the database is at (excluded); default: from the start." };
        var to = new Option<string?>("--to") { Description = "The last migration id to include; default: the newest." };
        var idempotent = new Option<bool>("--idempotent")
        {
            Description = "Guard each migration with a check on the history table, so running the script twice is safe.",
        };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("script", "Print one SQL script of the migrations for applying by hand (psql -v ON_ERROR_STOP=1 -f).")
        {
            from, to, idempotent, output,
        };
        common.AddTo(command, withConnection: false);
        command.SetAction(parse =>
        {
            var migrations = common.Migrations(parse, context);
            var fromId = KnownId(migrations, parse.GetValue(from), "--from");
            var toId = KnownId(migrations, parse.GetValue(to), "--to");
            if (fromId is not null && toId is not null && string.CompareOrdinal(toId, fromId) < 0)
                throw new CliError($"--to {toId} sorts before --from {fromId}; a script only goes forward (use rollback)", ExitCodes.Usage);

            // The script is written without connecting; the data source is never opened.
            using var runner = new MigrationRunner("Host=localhost", migrations, common.Options(parse));
            var text = runner.Script(fromId, toId, parse.GetValue(idempotent));
            if (parse.GetValue(output) is { } path)
            {
                SchemaFiles.Write(path, text);
                context.Error.WriteLine($"schemagen: wrote {path}");
            }
            else
            {
                context.Out.Write(text);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// So that <c>schemagen status</c> can gate a deployment: drift or unknown migrations need a
    /// person (4), pending ones need an apply (5), 0 means the database matches the code.
    /// </summary>
    private static int StatusExitCode(MigrationStatus status)
        => status.Drifted.Count > 0 || status.Unknown.Count > 0 ? ExitCodes.DatabaseError
            : status.Pending.Count > 0 ? ExitCodes.Pending
            : ExitCodes.Success;

    private static string? KnownId(IReadOnlyList<IMigration> migrations, string? id, string option)
    {
        if (id is null || migrations.Any(m => m.Id == id)) return id;
        var known = string.Join(", ", migrations.Select(m => m.Id));
        throw new CliError($"{option} {id}: no such migration; there are {known}");
    }

    internal static async Task<int> WithRunnerAsync(
        CliContext context, string? connectionString, IReadOnlyList<IMigration> migrations, MigrationRunnerOptions options,
        Func<MigrationRunner, string, Task<int>> action)
    {
        connectionString ??= Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new CliError($"no database: pass --connection or set {ConnectionVariable}", ExitCodes.Usage);

        connectionString = Introspection.ConnectionStrings.ToNpgsql(connectionString);
        var (database, password) = Describe(connectionString);
        try
        {
            await using var runner = new MigrationRunner(connectionString, migrations, options);
            return await action(runner, database);
        }
        catch (MigrationException e)
        {
            throw new CliError(Redact(e.Message, password), ExitCodes.DatabaseError);
        }
        catch (NpgsqlException e)
        {
            var cause = e.InnerException is { } inner ? $" ({inner.Message})" : "";
            throw new CliError(Redact($"{database}: {e.Message}{cause}", password), ExitCodes.DatabaseError);
        }
        catch (OperationCanceledException)
        {
            // A transactional migration was rolled back; a non-transactional one is recorded as interrupted and resumes next time.
            // Written here rather than thrown: after Ctrl+C the command line reports 130 and drops the action's exception.
            context.Error.WriteLine($"schemagen: error: {database}: cancelled; run status to see where the database stands");
            return ExitCodes.Interrupted;
        }
        catch (ArgumentException e)
        {
            throw new CliError(Redact(e.Message, password));
        }
    }

    /// <summary>host:port/database for messages; and the password, to scrub it from any message that might echo it.</summary>
    internal static (string Database, string? Password) Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return ($"{builder.Host}:{builder.Port}/{builder.Database}", builder.Password);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            // The message could quote a value of the string, so it is not shown.
            throw new CliError("the connection string is not valid (it is not shown, since it may hold a password)", ExitCodes.Usage);
        }
    }

    internal static string Redact(string text, string? password)
        => string.IsNullOrEmpty(password) ? text : text.Replace(password, "********", StringComparison.Ordinal);

    private static string Milliseconds(TimeSpan duration) => $"{duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
}
