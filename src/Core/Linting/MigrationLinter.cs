using SchemaGen.Core.Diagnostics;
using SchemaGen.Core.Lexing;
using SchemaGen.Core.Text;

namespace SchemaGen.Core.Linting;

/// <summary>
/// Checks a hand-written migration file (SG7xxx) with the rules one statement, read in file order,
/// can tell: a lock taken without CONCURRENTLY or NOT VALID, CONCURRENTLY inside a transaction
/// block, a statement that fails when run again, locks taken with no <c>lock_timeout</c> set.
/// Tables the file itself creates are empty, so building indexes and validating constraints on
/// them is not reported. <c>-- schemagen:allow SG7xxx</c> next to a statement acknowledges it.
/// </summary>
public static class MigrationLinter
{
    public static IReadOnlyList<SchemaDiagnostic> Lint(string path, string text)
    {
        var lexed = Lexer.Lex(text);
        var lines = new LineMap(text);
        var diagnostics = new List<SchemaDiagnostic>();
        foreach (var error in lexed.Errors)
            diagnostics.Add(new SchemaDiagnostic(DiagnosticRules.SyntaxError, error.Message, lines.Locate(path, error.Start, error.Length)));
        if (diagnostics.Count > 0) return diagnostics;

        new Checker(path, text, lines, diagnostics).Run(lexed.Tokens);
        return diagnostics
            .Where(d => !Acknowledgements.IsAcknowledged(text, d.Location.Line, d.Id))
            .OrderBy(d => d.Location.Start).ToList();
    }

    private sealed class Checker(string path, string text, LineMap lines, List<SchemaDiagnostic> diagnostics)
    {
        private readonly HashSet<string> _createdTables = new(StringComparer.Ordinal);
        private Token? _transactionStart;
        private bool _lockTimeoutSet;
        private bool _lockTimeoutReported;

        public void Run(Token[] tokens)
        {
            var statement = new List<Token>();
            foreach (var token in tokens)
            {
                if (token.Kind is TokenKind.Semicolon or TokenKind.EndOfFile)
                {
                    if (statement.Count > 0) Check(statement);
                    statement.Clear();
                }
                else statement.Add(token);
            }
        }

        private string Word(List<Token> s, int i) =>
            i < s.Count && s[i].Kind == TokenKind.Identifier ? s[i].Text(text).ToLowerInvariant() : "";

        private bool Is(List<Token> s, int i, params string[] words)
        {
            for (var k = 0; k < words.Length; k++)
                if (Word(s, i + k) != words[k]) return false;
            return true;
        }

        private int IndexOf(List<Token> s, int from, string word)
        {
            for (var i = from; i < s.Count; i++) if (Word(s, i) == word) return i;
            return -1;
        }

        /// <summary>The last part of the (possibly qualified) name starting at <paramref name="i"/>, folded as PostgreSQL folds it.</summary>
        private string NameAt(List<Token> s, int i)
        {
            var name = "";
            while (i < s.Count && s[i].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier or TokenKind.UnicodeQuotedIdentifier)
            {
                name = TokenValues.Identifier(text, s[i]);
                if (i + 1 < s.Count && s[i + 1].Kind == TokenKind.Dot) i += 2;
                else break;
            }
            return name;
        }

        private int SkipIfNotExists(List<Token> s, int i, out bool guarded)
        {
            guarded = Is(s, i, "if", "not", "exists") || Is(s, i, "if", "exists");
            return guarded ? i + (Word(s, i + 1) == "not" ? 3 : 2) : i;
        }

        private void Report(DiagnosticRule rule, Token at, params object[] args) =>
            diagnostics.Add(new SchemaDiagnostic(rule, rule.Format(args), lines.Locate(path, at.Start, at.Length)));

        private void Check(List<Token> s)
        {
            if (Is(s, 0, "begin") || Is(s, 0, "start", "transaction")) { _transactionStart = s[0]; return; }
            if (Word(s, 0) is "commit" or "rollback" or "end" or "abort") { _transactionStart = null; return; }
            if (Is(s, 0, "set") && (Word(s, 1) == "lock_timeout" || Word(s, 1) is "local" or "session" && Word(s, 2) == "lock_timeout"))
            {
                _lockTimeoutSet = true;
                return;
            }
            if (Is(s, 0, "create")) CheckCreate(s);
            else if (Is(s, 0, "drop")) CheckDrop(s);
            else if (Is(s, 0, "alter", "table")) CheckAlterTable(s);
        }

        private void CheckCreate(List<Token> s)
        {
            var i = 1;
            if (Is(s, i, "or", "replace")) return;
            while (Word(s, i) is "unique" or "temp" or "temporary" or "unlogged" or "global" or "local") i++;
            var kind = Word(s, i);
            if (kind == "table")
            {
                i = SkipIfNotExists(s, i + 1, out var guarded);
                _createdTables.Add(NameAt(s, i));
                if (!guarded) Report(DiagnosticRules.MigrationMissingIfExists, s[0], "CREATE TABLE", "IF NOT EXISTS");
                return;
            }
            if (kind == "index")
            {
                var concurrently = Word(s, i + 1) == "concurrently";
                SkipIfNotExists(s, concurrently ? i + 2 : i + 1, out var guarded);
                var on = IndexOf(s, i + 1, "on");
                var table = on < 0 ? "" : NameAt(s, Word(s, on + 1) == "only" ? on + 2 : on + 1);
                if (concurrently) CheckNotInTransaction(s[i + 1], "CREATE INDEX");
                else if (!_createdTables.Contains(table))
                {
                    Report(DiagnosticRules.MigrationIndexWithoutConcurrently, s[0], table);
                    CheckLockTimeout(s[0], "CREATE INDEX");
                }
                if (!guarded) Report(DiagnosticRules.MigrationMissingIfExists, s[0], "CREATE INDEX", "IF NOT EXISTS");
                return;
            }
            if (kind is "sequence" or "schema" or "extension")
            {
                SkipIfNotExists(s, i + 1, out var guarded);
                if (!guarded) Report(DiagnosticRules.MigrationMissingIfExists, s[0], "CREATE " + kind.ToUpperInvariant(), "IF NOT EXISTS");
            }
        }

        private void CheckDrop(List<Token> s)
        {
            var i = 1;
            if (Is(s, i, "materialized", "view")) i++;
            var kind = Word(s, i);
            if (kind is not ("table" or "index" or "view" or "sequence" or "schema" or "extension" or "type" or "function"
                or "procedure" or "trigger" or "policy" or "domain")) return;
            var concurrently = kind == "index" && Word(s, i + 1) == "concurrently";
            SkipIfNotExists(s, concurrently ? i + 2 : i + 1, out var guarded);
            var what = "DROP " + (Word(s, 1) == "materialized" ? "MATERIALIZED VIEW" : kind.ToUpperInvariant());
            if (kind == "index")
            {
                if (concurrently) CheckNotInTransaction(s[i + 1], "DROP INDEX");
                else
                {
                    Report(DiagnosticRules.MigrationDropIndexWithoutConcurrently, s[0], NameAt(s, SkipIfNotExists(s, i + 1, out _)));
                    CheckLockTimeout(s[0], what);
                }
            }
            else if (kind == "table" && !_createdTables.Contains(NameAt(s, SkipIfNotExists(s, i + 1, out _)))) CheckLockTimeout(s[0], what);
            if (!guarded) Report(DiagnosticRules.MigrationMissingIfExists, s[0], what, "IF EXISTS");
        }

        private void CheckAlterTable(List<Token> s)
        {
            var i = SkipIfNotExists(s, 2, out _);
            if (Word(s, i) == "only") i++;
            var table = NameAt(s, i);
            var created = _createdTables.Contains(table);
            if (!created) CheckLockTimeout(s[0], "ALTER TABLE");
            for (var k = i; k < s.Count; k++)
            {
                if (Word(s, k) != "add") continue;
                var at = k + 1;
                if (Word(s, at) == "constraint") at += 2;
                if (Word(s, at) == "generated") continue;
                if (Word(s, at) == "column" || Word(s, at) is not ("foreign" or "check" or "primary" or "unique" or "exclude" or "constraint"))
                {
                    var column = Word(s, at) == "column" ? at + 1 : at;
                    if (!Is(s, column, "if", "not", "exists")) Report(DiagnosticRules.MigrationMissingIfExists, s[k], "ADD COLUMN", "IF NOT EXISTS");
                    continue;
                }
                if (Word(s, at) is "foreign" or "check" && !created && !NotValidBefore(s, at))
                    Report(DiagnosticRules.MigrationConstraintWithoutNotValid, s[at], Word(s, at) == "check" ? "a CHECK constraint" : "a FOREIGN KEY", table);
            }
        }

        /// <summary>Whether NOT VALID ends the constraint that starts at <paramref name="from"/> (before the next comma at depth 0).</summary>
        private bool NotValidBefore(List<Token> s, int from)
        {
            var depth = 0;
            for (var i = from; i < s.Count; i++)
            {
                if (s[i].Kind == TokenKind.OpenParen) depth++;
                else if (s[i].Kind == TokenKind.CloseParen) depth--;
                else if (s[i].Kind == TokenKind.Comma && depth == 0) return false;
                else if (depth == 0 && Is(s, i, "not", "valid")) return true;
            }
            return false;
        }

        private void CheckNotInTransaction(Token concurrently, string what)
        {
            if (_transactionStart is { } begin)
                Report(DiagnosticRules.MigrationConcurrentlyInTransaction, concurrently, what, lines.Position(begin.Start).Line);
        }

        private void CheckLockTimeout(Token at, string what)
        {
            if (_lockTimeoutSet || _lockTimeoutReported) return;
            // Once per file: one SET at the top covers every statement after it.
            _lockTimeoutReported = true;
            Report(DiagnosticRules.MigrationMissingLockTimeout, at, what);
        }
    }
}
