namespace SchemaGen.Core.Lexing;

/// <summary>The texts of lexical errors; worded as PostgreSQL words them where it has one.</summary>
public static class LexMessages
{
    public const string UnterminatedComment = "unterminated /* comment";
    public const string UnterminatedQuotedString = "unterminated quoted string";
    public const string UnterminatedQuotedIdentifier = "unterminated quoted identifier";
    public const string UnterminatedBitString = "unterminated bit string literal";
    public const string UnterminatedHexString = "unterminated hexadecimal string literal";
    public const string UnterminatedDollarString = "unterminated dollar-quoted string";
    public const string ZeroLengthIdentifier = "zero-length delimited identifier";
    public const string TrailingJunkAfterNumber = "trailing junk after numeric literal";
    public const string TrailingJunkAfterParameter = "trailing junk after parameter";
    public const string InvalidHexInteger = "invalid hexadecimal integer";
    public const string InvalidOctalInteger = "invalid octal integer";
    public const string InvalidBinaryInteger = "invalid binary integer";
    public const string InvalidUnicodeEscape = "invalid Unicode escape";
    public const string InvalidUnicodeEscapeValue = "invalid Unicode escape value";
    public const string InvalidUnicodeSurrogatePair = "invalid Unicode surrogate pair";
    public const string InvalidUnicodeEscapeCharacter = "invalid Unicode escape character";
    public const string UescapeNeedsString = "UESCAPE must be followed by a simple string literal";

    public static string InvalidByteSequence(int firstByte) =>
        "invalid byte sequence for encoding \"UTF8\": 0x" + firstByte.ToString("x2", System.Globalization.CultureInfo.InvariantCulture);

    public static string InvalidBinaryDigit(char c) => "\"" + c + "\" is not a valid binary digit";

    public static string InvalidHexDigit(char c) => "\"" + c + "\" is not a valid hexadecimal digit";

    public static string UnexpectedCharacter(char c) =>
        c < ' ' || c == '\u007f'
            ? "unexpected character U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
            : "unexpected character \"" + c + "\"";
}
