namespace SchemaGen.Core.Lexing;

/// <summary>The lexical classes of PostgreSQL's grammar (scan.l), plus trivia and errors.</summary>
public enum TokenKind : byte
{
    EndOfFile,
    /// <summary>An unquoted identifier or keyword; keywords are told apart by the parser.</summary>
    Identifier,
    /// <summary><c>"name"</c>, with <c>""</c> standing for one quote.</summary>
    QuotedIdentifier,
    /// <summary><c>U&amp;"name"</c>, with <c>\XXXX</c>/<c>\+XXXXXX</c> escapes and an optional UESCAPE.</summary>
    UnicodeQuotedIdentifier,
    /// <summary><c>'text'</c>, with <c>''</c> standing for one quote.</summary>
    String,
    /// <summary><c>E'text'</c>, with backslash escapes.</summary>
    EscapeString,
    /// <summary><c>U&amp;'text'</c>.</summary>
    UnicodeString,
    /// <summary><c>B'0101'</c> or <c>X'1F'</c>.</summary>
    BitString,
    /// <summary><c>$$text$$</c> or <c>$tag$text$tag$</c>.</summary>
    DollarString,
    /// <summary>An integer literal (decimal, <c>0x</c>, <c>0o</c>, <c>0b</c>, with <c>_</c> separators).</summary>
    Integer,
    /// <summary>A numeric literal with a fraction or exponent.</summary>
    Numeric,
    /// <summary><c>$1</c>.</summary>
    Parameter,
    /// <summary>An operator made of <c>+ - * / &lt; &gt; = ~ ! @ # % ^ &amp; | ` ?</c>.</summary>
    Operator,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Comma,
    Semicolon,
    Dot,
    /// <summary><c>:</c> (array slices).</summary>
    Colon,
    /// <summary><c>::</c>.</summary>
    DoubleColon,
    /// <summary><c>:=</c>.</summary>
    ColonEquals,
    /// <summary><c>=&gt;</c>.</summary>
    EqualsGreater,
    /// <summary>A character or construct the lexer could not read (e.g. an unterminated string).</summary>
    Bad,
}
