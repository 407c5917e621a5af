namespace SchemaGen.Core.Lexing;

public static partial class Lexer
{
    private sealed partial class Scanner
    {
        private void ScanStandardString(int start)
        {
            int end = QuotedText.FindEnd(_s, start + 1, '\'');
            if (end < 0) Bad(start, _s.Length, 1, LexMessages.UnterminatedQuotedString);
            else Emit(TokenKind.String, start, end);
        }

        private void ScanEscapeString(int start)
        {
            int end = QuotedText.FindEscapeStringEnd(_s, start + 2);
            if (end < 0)
            {
                Bad(start, _s.Length, 2, LexMessages.UnterminatedQuotedString);
                return;
            }

            Emit(TokenKind.EscapeString, start, end);
            LiteralDecoder.DecodeEscapeString(_s, start + 2, end - 1, null, _errors);
        }

        private void ScanBitString(int start)
        {
            bool hex = _s[start] == 'x' || _s[start] == 'X';
            int close = _s.IndexOf('\'', start + 2);
            if (close < 0)
            {
                Bad(start, _s.Length, 2, hex ? LexMessages.UnterminatedHexString : LexMessages.UnterminatedBitString);
                return;
            }

            Emit(TokenKind.BitString, start, close + 1);

            // PostgreSQL rejects bad digits only when it evaluates the constant; reporting them here
            // puts the error on the line instead of failing at migration time.
            for (int i = start + 2; i < close; i++)
            {
                char c = _s[i];
                if (hex ? SqlChars.IsHexDigit(c) : c == '0' || c == '1') continue;
                Error(i, 1, hex ? LexMessages.InvalidHexDigit(c) : LexMessages.InvalidBinaryDigit(c));
                break;
            }
        }

        private void ScanQuotedIdentifier(int start)
        {
            int end = QuotedText.FindEnd(_s, start + 1, '"');
            if (end < 0)
            {
                Bad(start, _s.Length, 1, LexMessages.UnterminatedQuotedIdentifier);
                return;
            }

            if (end - start == 2) Error(start, 2, LexMessages.ZeroLengthIdentifier);
            Emit(TokenKind.QuotedIdentifier, start, end);
        }

        /// <summary><c>U&amp;'...'</c> or <c>U&amp;"..."</c>, taking a following UESCAPE clause into the token.</summary>
        private void ScanUnicodeLiteral(int start, char quote)
        {
            bool identifier = quote == '"';
            int close = QuotedText.FindEnd(_s, start + 3, quote);
            if (close < 0)
            {
                Bad(start, _s.Length, 3,
                    identifier ? LexMessages.UnterminatedQuotedIdentifier : LexMessages.UnterminatedQuotedString);
                return;
            }

            if (identifier && close - start == 4) Error(start, 4, LexMessages.ZeroLengthIdentifier);

            int end = close;
            char escape = '\\';
            bool escapeValid = true;
            int keywordEnd = QuotedText.FindUescape(_s, close, out Token operand, out bool hasOperand);
            if (keywordEnd >= 0)
            {
                if (!hasOperand)
                {
                    int at = Trivia.Skip(_s, keywordEnd);
                    Error(at, at < _s.Length ? 1 : 0, LexMessages.UescapeNeedsString);
                    end = keywordEnd;
                    escapeValid = false;
                }
                else
                {
                    string value = TokenValues.String(_s, operand);
                    escapeValid = value.Length == 1 && QuotedText.IsValidUescapeChar(value[0]);
                    if (escapeValid) escape = value[0];
                    else Error(operand.Start, operand.Length, LexMessages.InvalidUnicodeEscapeCharacter);
                    end = operand.End;
                }
            }

            Emit(identifier ? TokenKind.UnicodeQuotedIdentifier : TokenKind.UnicodeString, start, end);

            // With an unusable escape character every escape would be reported again; one error is enough.
            if (escapeValid) LiteralDecoder.DecodeUnicodeEscapes(_s, start + 3, close - 1, quote, escape, null, _errors);
        }

        /// <summary>A parameter <c>$1</c>, a dollar-quoted string, or a stray <c>$</c>.</summary>
        private void ScanDollar(int start)
        {
            if (SqlChars.IsDigit(At(start + 1)))
            {
                int end = start + 2;
                while (end < _s.Length && SqlChars.IsDigit(_s[end])) end++;
                if (end < _s.Length && SqlChars.IsIdentStart(_s[end]))
                    Bad(start, IdentContEnd(end), IdentContEnd(end) - start, LexMessages.TrailingJunkAfterParameter);
                else
                    Emit(TokenKind.Parameter, start, end);
                return;
            }

            int delimiter = QuotedText.DelimiterLength(_s, start);
            if (delimiter == 0)
            {
                Bad(start, start + 1, 1, LexMessages.UnexpectedCharacter('$'));
                return;
            }

            int close = QuotedText.FindDollarEnd(_s, start, delimiter);
            if (close < 0) Bad(start, _s.Length, delimiter, LexMessages.UnterminatedDollarString);
            else Emit(TokenKind.DollarString, start, close);
        }
    }
}
