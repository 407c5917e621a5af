using Npgsql;
using SchemaGen.Testing;

namespace SchemaGen.Runtime.Tests;

public class ApplyTests
{
    private static readonly TestMigration CreateUsers = new(
        "001_users",
        "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nINSERT INTO users VALUES (1, 'a@example.com');",
        "DROP TABLE users;");

    private static readonly TestMigration AddName = new(
        "002_name",
        "ALTER TABLE users ADD COLUMN name text;\nUPDATE users SET name = 'first';",
        "ALTER TABLE users DROP COLUMN name;");

    [Fact]
    public async Task Applies_pending_migrations_in_id_order_and_a_second_call_does_nothing()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_apply_twice");
        // Given out of order on purpose: the runner orders by id.
        await using var runner = new MigrationRunner(db.ConnectionString, [AddName, CreateUsers]);

        var first = await runner.ApplyAsync();
        var second = await runner.ApplyAsync();

        Assert.Equal(["001_users", "002_name"], first.Migrations.Select(m => m.Id));
        Assert.Empty(second.Migrations);
        Assert.Equal("first", await Db.ScalarAsync<string>(db.ConnectionString, "SELECT name FROM users WHERE id = 1"));
        Assert.Equal(1L, await Db.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task Records_each_migration_in_the_history_table()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_history");
        await using var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, AddName]);

        await runner.ApplyAsync();

        var rows = await Db.ColumnAsync(
            db.ConnectionString,
            """
            SELECT concat_ws('|', id, name, checksum, success, error IS NULL, finished_at >= started_at,
                              duration >= interval '0', statements_applied, schemagen_version <> '', applied_by = current_user)
            FROM schemagen_history ORDER BY id
            """);
        Assert.Equal(
            [
                $"001_users|test 001_users|{CreateUsers.Checksum}|t|t|t|t|2|t|t",
                $"002_name|test 002_name|{AddName.Checksum}|t|t|t|t|2|t|t",
            ],
            rows);
    }

    [Fact]
    public async Task Sync_Apply_behaves_like_ApplyAsync()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_sync");
        using var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, AddName]);

        Assert.Equal(2, runner.Apply().Migrations.Count);
        Assert.Empty(runner.Apply().Migrations);
        Assert.True(runner.GetStatus().IsUpToDate);
    }

    [Fact]
    public async Task Works_over_a_caller_owned_data_source_and_leaves_it_usable()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_datasource");
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        await using (var runner = new MigrationRunner(dataSource, [CreateUsers]))
            await runner.ApplyAsync();

        await using var command = dataSource.CreateCommand("SELECT count(*) FROM users");
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_migration_failing_in_its_third_statement_leaves_database_and_history_as_before()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_fail");
        var failing = new TestMigration(
            "002_broken",
            "CREATE TABLE orders (id int);\nINSERT INTO users VALUES (2, 'b@example.com');\nINSERT INTO missing_table VALUES (1);");
        await using var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, failing]);

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());

        Assert.Equal("002_broken", error.MigrationId);
        Assert.Equal(3, error.StatementNumber);
        Assert.Equal("INSERT INTO missing_table VALUES (1)", error.Statement);
        Assert.Equal("42P01", error.SqlState);
        Assert.Equal(13, error.Position);
        Assert.Contains("002_broken", error.Message, StringComparison.Ordinal);
        Assert.Contains("statement 3 at line 3, column 13", error.Message, StringComparison.Ordinal);
        Assert.Contains("relation \"missing_table\" does not exist", error.Message, StringComparison.Ordinal);
        Assert.IsType<PostgresException>(error.InnerException);

        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "orders"));
        Assert.Equal(1L, await Db.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM users"));
        Assert.Equal(["001_users"], await Db.HistoryIdsAsync(db.ConnectionString));
        var status = await runner.GetStatusAsync();
        Assert.Equal(["002_broken"], status.Pending.Select(m => m.Id));
        Assert.Empty(status.Failed);
    }

    [Fact]
    public async Task Concurrent_index_in_a_transactional_migration_fails_with_a_hint()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_cic_tx");
        var wrong = new TestMigration("002_index", "CREATE INDEX CONCURRENTLY users_email ON users (email);");
        await using var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, wrong]);

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());

        Assert.Equal("25001", error.SqlState);
        Assert.Contains("IsTransactional = false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_timeout_stops_a_migration_stuck_behind_another_session()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_lock_timeout");
        await using (var setup = new MigrationRunner(db.ConnectionString, [CreateUsers]))
            await setup.ApplyAsync();

        await using var blocker = new NpgsqlConnection(db.ConnectionString);
        await blocker.OpenAsync();
        await using var blocking = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE users IN ACCESS SHARE MODE", blocker, blocking))
            await lockTable.ExecuteNonQueryAsync();

        var options = new MigrationRunnerOptions { LockTimeout = TimeSpan.FromMilliseconds(200) };
        await using var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, AddName], options);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());

        Assert.Equal("55P03", error.SqlState);
        Assert.Equal("002_name", error.MigrationId);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        // lock_timeout was local to the failed transaction; the session default is untouched.
        Assert.Equal("0", await Db.ScalarAsync<string>(db.ConnectionString, "SHOW lock_timeout"));
    }

    [Fact]
    public async Task Statement_timeout_cancels_a_long_statement()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_statement_timeout");
        var slow = new TestMigration("001_slow", "CREATE TABLE t (id int); SELECT pg_sleep(30);");
        var options = new MigrationRunnerOptions { StatementTimeout = TimeSpan.FromMilliseconds(300) };
        await using var runner = new MigrationRunner(db.ConnectionString, [slow], options);

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());

        Assert.Equal("57014", error.SqlState);
        Assert.Equal(2, error.StatementNumber);
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "t"));
    }

    [Fact]
    public async Task Cancellation_rolls_back_the_running_migration()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_cancel");
        await using (var setup = new MigrationRunner(db.ConnectionString, [CreateUsers]))
            await setup.ApplyAsync();
        var slow = new TestMigration("002_slow", "CREATE TABLE t (id int); SELECT pg_sleep(30);");
        await using var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, slow]);
        using var cancel = new CancellationTokenSource();

        var apply = runner.ApplyAsync(cancel.Token);
        // Cancel only once the sleep runs, so the test is about cancelling a statement in a
        // transaction, not about how fast a loaded machine gets there.
        for (var i = 0; i < 300 && !apply.IsCompleted; i++)
        {
            if (await Db.ScalarAsync<bool>(db.ConnectionString, "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)')"))
                break;
            await Task.Delay(50);
        }

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => apply);

        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "t"));
        Assert.Equal(["001_users"], await Db.HistoryIdsAsync(db.ConnectionString));
        // The lock went with the run: a new apply is not kept waiting.
        await using var retry = new MigrationRunner(
            db.ConnectionString, [CreateUsers], new MigrationRunnerOptions { AdvisoryLockTimeout = TimeSpan.FromSeconds(2) });
        Assert.Empty((await retry.ApplyAsync()).Migrations);
    }

    [Fact]
    public async Task Hostile_history_names_are_quoted_not_executed()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_hostile");
        var options = new MigrationRunnerOptions
        {
            HistorySchema = "ops\"; DROP TABLE users; --",
            HistoryTable = "hist 'x'; table",
        };
        var hostileId = new TestMigration("002_'); DROP TABLE users; --", "SELECT 1");
        var multiLineId = new TestMigration("003 \"x\"\n$$; DROP TABLE users; -- \\", "CREATE TABLE spaced (id int)", "DROP TABLE spaced", transactional: false);
        await using var runner = new MigrationRunner(db.ConnectionString, [CreateUsers, hostileId, multiLineId], options);
        const string history = "\"ops\"\"; DROP TABLE users; --\".\"hist 'x'; table\"";

        await runner.ApplyAsync();
        await runner.ApplyAsync();

        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "users"));
        Assert.Equal(
            ["001_users", "002_'); DROP TABLE users; --", "003 \"x\"\n$$; DROP TABLE users; -- \\"],
            await Db.HistoryIdsAsync(db.ConnectionString, history));
        Assert.True((await runner.GetStatusAsync()).IsUpToDate);

        // Rollback deletes the rows by the same names, and only them.
        Assert.Equal(2, (await runner.RollbackAsync("001_users")).Migrations.Count);
        Assert.Equal(["001_users"], await Db.HistoryIdsAsync(db.ConnectionString, history));
        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "users"));
        Assert.False(await Db.TableExistsAsync(db.ConnectionString, "spaced"));
    }

    [Fact]
    public async Task Logs_steps_without_the_password()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_logging");
        const string password = "s3cret-Pa55word";
        var withPassword = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Password = password }.ConnectionString;
        var logger = new ListLogger();
        var failing = new TestMigration("002_broken", "SELECT * FROM nowhere");
        await using var runner = new MigrationRunner(withPassword, [CreateUsers, failing], new MigrationRunnerOptions { Logger = logger });

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.ApplyAsync());

        Assert.Contains(logger.Lines, l => l.Contains("Applied 001_users", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, l => l.Contains("Migration 002_broken failed", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Lines, l => l.Contains(password, StringComparison.Ordinal));
        Assert.DoesNotContain(password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_statements_are_not_cut_by_the_client_command_timeout()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_command_timeout");
        var withShortTimeout = new NpgsqlConnectionStringBuilder(db.ConnectionString) { CommandTimeout = 1 }.ConnectionString;
        var slow = new TestMigration("001_slow", "SELECT pg_sleep(2); CREATE TABLE done (id int);", transactional: false);
        await using var runner = new MigrationRunner(withShortTimeout, [slow]);

        await runner.ApplyAsync();

        Assert.True(await Db.TableExistsAsync(db.ConnectionString, "done"));
    }

    [Fact]
    public async Task Works_for_a_role_that_may_create_in_public_but_not_create_schemas()
    {
        await using var db = await PostgresServer.Shared.CreateTestDatabaseAsync("rt_privileges");
        var role = "sg_app_" + Guid.NewGuid().ToString("N")[..8];
        await Db.ScalarAsync<object>(db.ConnectionString, $"CREATE ROLE {role} LOGIN PASSWORD 'app'; GRANT CREATE ON SCHEMA public TO {role}");
        try
        {
            var asApp = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Username = role, Password = "app" }.ConnectionString;
            await using var runner = new MigrationRunner(asApp, [CreateUsers]);

            Assert.Single((await runner.ApplyAsync()).Migrations);
            Assert.Equal(role, await Db.ScalarAsync<string>(db.ConnectionString, "SELECT applied_by FROM schemagen_history"));

            await using var elsewhere = new MigrationRunner(asApp, [CreateUsers], new MigrationRunnerOptions { HistorySchema = "ops" });
            var error = await Assert.ThrowsAsync<MigrationException>(() => elsewhere.ApplyAsync());
            Assert.Contains("\"ops\".\"schemagen_history\"", error.Message, StringComparison.Ordinal);
            Assert.Contains("42501", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await Db.ScalarAsync<object>(db.ConnectionString, $"DROP OWNED BY {role}; DROP ROLE {role}");
        }
    }

    [Fact]
    public async Task Rejects_multiplexing_data_sources()
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=localhost;Multiplexing=true");
        Assert.Throws<ArgumentException>(() => new MigrationRunner(dataSource, [CreateUsers]));
        Assert.Throws<ArgumentException>(() => new MigrationRunner("Host=localhost;Multiplexing=true", [CreateUsers]));
    }

    [Fact]
    public void Rejects_duplicate_ids()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new MigrationRunner("Host=localhost", [CreateUsers, new TestMigration("001_users", "SELECT 1")]));
        Assert.Contains("001_users", error.Message, StringComparison.Ordinal);
    }
}
