namespace SchemaGen.Core.Lexing;

public static partial class Lexer
{
    private sealed partial class Scanner
    {
        /// <summary>
        /// A numeric constant starting with a digit or with '.' before a digit. As in PostgreSQL 15+,
        /// an identifier character glued to a number ("123abc", "0x1G", "1e") is an error rather
        /// than two tokens, since "0x1234" could otherwise mean "0" followed by "x1234".
        /// </summary>
        private void ScanNumber(int start)
        {
            if (_s[start] == '0')
            {
                switch (At(start + 1))
                {
                    case 'x': case 'X': ScanRadixInteger(start, 16, LexMessages.InvalidHexInteger); return;
                    case 'o': case 'O': ScanRadixInteger(start, 8, LexMessages.InvalidOctalInteger); return;
                    case 'b': case 'B': ScanRadixInteger(start, 2, LexMessages.InvalidBinaryInteger); return;
                }
            }

            var kind = TokenKind.Integer;
            int end = _s[start] == '.' ? start : DecimalEnd(start);
            if (At(end) == '.')
            {
                // "1..10" is an integer followed by "..", not "1." followed by ".10".
                if (end > start && At(end + 1) == '.')
                {
                    Emit(TokenKind.Integer, start, end);
                    return;
                }

                kind = TokenKind.Numeric;
                end = SqlChars.IsDigit(At(end + 1)) ? DecimalEnd(end + 1) : end + 1;
            }

            char e = At(end);
            if (e == 'e' || e == 'E')
            {
                int digits = end + 1;
                bool signed = At(digits) == '+' || At(digits) == '-';
                if (signed) digits++;
                if (SqlChars.IsDigit(At(digits)))
                {
                    kind = TokenKind.Numeric;
                    end = DecimalEnd(digits);
                }
                else if (signed)
                {
                    Bad(start, digits, digits - start, LexMessages.TrailingJunkAfterNumber);
                    return;
                }

                // An 'e' without digits is trailing junk, caught below.
            }

            if (HasTrailingJunk(start, end))
            {
                int junkEnd = IdentContEnd(end);
                Bad(start, junkEnd, junkEnd - start, LexMessages.TrailingJunkAfterNumber);
                return;
            }

            Emit(kind, start, end);
        }

        /// <summary><c>0x1F</c>, <c>0o17</c>, <c>0b101</c>, with single <c>_</c> between digits.</summary>
        private void ScanRadixInteger(int start, int radix, string invalidMessage)
        {
            int first = start + 2;
            int end = first;
            while (true)
            {
                if (IsRadixDigit(At(end), radix)) end++;
                else if (At(end) == '_' && IsRadixDigit(At(end + 1), radix)) end += 2;
                else break;
            }

            // "0" followed by an identifier that starts at the radix letter: if that reaches further
            // than the integer, the integer has trailing junk (PostgreSQL's integer_junk rule).
            int junkEnd = IdentContEnd(start + 1);
            if (end == first)
            {
                int failEnd = At(first) == '_' ? first + 1 : first;
                if (junkEnd > failEnd) Bad(start, junkEnd, junkEnd - start, LexMessages.TrailingJunkAfterNumber);
                else Bad(start, failEnd, failEnd - start, invalidMessage);
                return;
            }

            if (junkEnd > end) Bad(start, junkEnd, junkEnd - start, LexMessages.TrailingJunkAfterNumber);
            else Emit(TokenKind.Integer, start, end);
        }

        /// <summary>The end of <c>digit(_?digit)*</c> starting with the digit at <paramref name="from"/>.</summary>
        private int DecimalEnd(int from)
        {
            int i = from + 1;
            while (true)
            {
                if (SqlChars.IsDigit(At(i))) i++;
                else if (At(i) == '_' && SqlChars.IsDigit(At(i + 1))) i += 2;
                else return i;
            }
        }

        /// <summary>
        /// Whether some prefix of the number [start, end) followed by an identifier reaches past
        /// <paramref name="end"/>. An identifier may begin right at the end, or at an identifier-start
        /// character inside the number's last run of identifier characters ('_', 'e', as in "1_2$"
        /// or "1e5$"), and then it swallows the rest of that run and beyond.
        /// </summary>
        private bool HasTrailingJunk(int start, int end)
        {
            char next = At(end);
            if (!SqlChars.IsIdentCont(next)) return false;
            if (SqlChars.IsIdentStart(next)) return true;
            for (int i = end - 1; i >= start && SqlChars.IsIdentCont(_s[i]); i--)
            {
                if (SqlChars.IsIdentStart(_s[i])) return true;
            }

            return false;
        }

        private static bool IsRadixDigit(char c, int radix) => radix switch
        {
            16 => SqlChars.IsHexDigit(c),
            8 => c >= '0' && c <= '7',
            _ => c == '0' || c == '1',
        };
    }
}
