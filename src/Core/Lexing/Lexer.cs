namespace SchemaGen.Core.Lexing;

/// <summary>
/// PostgreSQL's lexical grammar (scan.l, with standard_conforming_strings on). Lexing never throws on
/// any input and never stops early: unreadable input becomes <see cref="TokenKind.Bad"/> tokens plus
/// <see cref="LexError"/>s, so the parser always sees the whole file.
/// </summary>
public static partial class Lexer
{
    public static LexResult Lex(string source)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        var scanner = new Scanner(source);
        scanner.Run();
        return scanner.ToResult();
    }

    private sealed partial class Scanner
    {
        private readonly string _s;
        private readonly List<Token> _tokens;
        private readonly List<LexError> _errors = new();
        private int _pos;

        public Scanner(string source)
        {
            _s = source;
            // DDL averages well over four characters per token; this avoids most regrowth.
            _tokens = new List<Token>(Math.Max(16, source.Length / 4));
        }

        public void Run()
        {
            // Editors may save a byte-order mark: encoding metadata, not SQL (the server would reject it).
            if (_s.Length > 0 && _s[0] == '\uFEFF') _pos = 1;

            while (true)
            {
                _pos = Trivia.Skip(_s, _pos);
                if (_pos >= _s.Length) break;
                if (_s[_pos] == '/' && _pos + 1 < _s.Length && _s[_pos + 1] == '*')
                {
                    // Trivia.Skip stops only at a comment that never closes.
                    Bad(_pos, _s.Length, 2, LexMessages.UnterminatedComment);
                    break;
                }

                ScanToken();
            }

            _tokens.Add(new Token(TokenKind.EndOfFile, _s.Length, 0));
        }

        public LexResult ToResult() =>
            new(_s, _tokens.ToArray(), _errors.Count == 0 ? Array.Empty<LexError>() : _errors.ToArray());

        private void ScanToken()
        {
            int start = _pos;
            char c = _s[start];
            switch (c)
            {
                case '(': Emit(TokenKind.OpenParen, start, start + 1); return;
                case ')': Emit(TokenKind.CloseParen, start, start + 1); return;
                case '[': Emit(TokenKind.OpenBracket, start, start + 1); return;
                case ']': Emit(TokenKind.CloseBracket, start, start + 1); return;
                case ',': Emit(TokenKind.Comma, start, start + 1); return;
                case ';': Emit(TokenKind.Semicolon, start, start + 1); return;
                case ':': ScanColon(start); return;
                case '.':
                    if (SqlChars.IsDigit(At(start + 1))) ScanNumber(start);
                    else Emit(TokenKind.Dot, start, start + 1);
                    return;
                case '\'': ScanStandardString(start); return;
                case '"': ScanQuotedIdentifier(start); return;
                case '$': ScanDollar(start); return;
            }

            if (SqlChars.IsDigit(c)) ScanNumber(start);
            else if (SqlChars.IsIdentStart(c)) ScanWord(start);
            else if (SqlChars.IsOperatorChar(c)) ScanOperator(start);
            else Bad(start, start + 1, 1, LexMessages.UnexpectedCharacter(c));
        }

        private void ScanColon(int start)
        {
            char next = At(start + 1);
            if (next == ':') Emit(TokenKind.DoubleColon, start, start + 2);
            else if (next == '=') Emit(TokenKind.ColonEquals, start, start + 2);
            else Emit(TokenKind.Colon, start, start + 1);
        }

        /// <summary>An identifier or keyword, unless it is the prefix of a special literal.</summary>
        private void ScanWord(int start)
        {
            char c = _s[start];
            char next = At(start + 1);
            if ((c == 'u' || c == 'U') && next == '&')
            {
                char quote = At(start + 2);
                if (quote == '\'' || quote == '"')
                {
                    ScanUnicodeLiteral(start, quote);
                    return;
                }
            }
            else if (next == '\'')
            {
                switch (c)
                {
                    case 'e': case 'E': ScanEscapeString(start); return;
                    case 'b': case 'B': case 'x': case 'X': ScanBitString(start); return;
                }
            }

            Emit(TokenKind.Identifier, start, IdentContEnd(start + 1));
        }

        private void ScanOperator(int start)
        {
            int end = start + 1;
            while (end < _s.Length && SqlChars.IsOperatorChar(_s[end]))
            {
                char previous = _s[end - 1];
                char current = _s[end];
                if ((previous == '-' && current == '-') || (previous == '/' && current == '*'))
                {
                    // A comment start inside the run ends the operator before it.
                    end--;
                    break;
                }

                end++;
            }

            // SQL compatibility: "=-" is "=" then "-", but "?-" is one operator, since no SQL
            // operator ends in + or - unless it has a character outside SQL's operators.
            if (end - start > 1 && (_s[end - 1] == '+' || _s[end - 1] == '-'))
            {
                bool nonSql = false;
                for (int i = start; i < end - 1 && !nonSql; i++) nonSql = SqlChars.IsNonSqlOperatorChar(_s[i]);
                if (!nonSql)
                {
                    do end--;
                    while (end - start > 1 && (_s[end - 1] == '+' || _s[end - 1] == '-'));
                }
            }

            bool arrow = end - start == 2 && _s[start] == '=' && _s[start + 1] == '>';
            Emit(arrow ? TokenKind.EqualsGreater : TokenKind.Operator, start, end);
        }

        private int IdentContEnd(int from)
        {
            int i = from;
            while (i < _s.Length && SqlChars.IsIdentCont(_s[i])) i++;
            return i;
        }

        private char At(int index) => index < _s.Length ? _s[index] : '\0';

        private void Emit(TokenKind kind, int start, int end)
        {
            _tokens.Add(new Token(kind, start, end - start));
            _pos = end;
        }

        /// <summary>
        /// Emits a <see cref="TokenKind.Bad"/> token over [start, end) and an error over its first
        /// <paramref name="errorLength"/> characters (the opening quote, not the rest of the file).
        /// </summary>
        private void Bad(int start, int end, int errorLength, string message)
        {
            Error(start, errorLength, message);
            Emit(TokenKind.Bad, start, end);
        }

        private void Error(int start, int length, string message) => _errors.Add(new LexError(start, length, message));
    }
}
