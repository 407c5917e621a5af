namespace SchemaGen.Core.Lexing;

/// <summary>The character classes of PostgreSQL's scan.l, on UTF-16 code units.</summary>
internal static class SqlChars
{
    // \v counts as space as in scanner_isspace (and scan.l since PostgreSQL 16).
    public static bool IsSpace(char c) =>
        c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    // scan.l accepts every byte with the high bit set, so in UTF-8 every non-ASCII character
    // (letter or not) may start an identifier; UTF-16 code units >= 0x80 are exactly those.
    public static bool IsIdentStart(char c) => IsAsciiLetter(c) || c == '_' || c >= '\u0080';

    public static bool IsIdentCont(char c) => IsIdentStart(c) || IsDigit(c) || c == '$';

    // Dollar-quote tags are identifiers without '$'.
    public static bool IsTagStart(char c) => IsAsciiLetter(c) || c == '_' || c >= '\u0080';

    public static bool IsTagCont(char c) => IsTagStart(c) || IsDigit(c);

    public static bool IsHexDigit(char c) => HexValue(c) >= 0;

    public static int HexValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    public static bool IsOperatorChar(char c)
    {
        switch (c)
        {
            case '~': case '!': case '@': case '#': case '^': case '&': case '|': case '`': case '?':
            case '+': case '-': case '*': case '/': case '%': case '<': case '>': case '=':
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The operator characters that are not SQL-standard operators: an operator containing one
    /// of them may end in <c>+</c> or <c>-</c>.
    /// </summary>
    public static bool IsNonSqlOperatorChar(char c)
    {
        switch (c)
        {
            case '~': case '!': case '@': case '#': case '^': case '&': case '|': case '`': case '?': case '%':
                return true;
            default:
                return false;
        }
    }

    public static char ToLowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}
