using System.Text.RegularExpressions;

namespace SchemaGen.Core.Parsing;

/// <summary>
/// <c>-- @renamed from=old_name</c> (or in a block comment) next to a definition says that the
/// object is the old one under a new name, so the migration renames it and keeps its data.
/// The name is read as an identifier: unquoted folds to lower case, <c>"quoted"</c> is kept.
/// </summary>
internal static class RenameAnnotation
{
    private static readonly Regex Pattern = new(
        @"(?:--|/\*)[^\n]*?@renamed\s+from=(?<name>""(?:[^""]|"""")*""|[^\s*,;)/]+)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The first annotation in the comments between <paramref name="tokens"/>, from token
    /// <paramref name="firstToken"/> to the end of the line where <paramref name="end"/> falls;
    /// strings and quoted names are never searched.
    /// </summary>
    public static string? Find(string text, Lexing.Token[] tokens, int firstToken, int end)
    {
        var lineEnd = text.IndexOf('\n', Math.Min(end, text.Length));
        if (lineEnd < 0) lineEnd = text.Length;
        for (var i = firstToken + 1; i < tokens.Length; i++)
        {
            var gapStart = tokens[i - 1].End;
            if (gapStart > lineEnd) break;
            var gapEnd = Math.Min(tokens[i].Start, text.Length);
            // Most gaps are a space or a line break: only one holding '@' can hold an annotation.
            if (gapEnd <= gapStart || text.IndexOf('@', gapStart, gapEnd - gapStart) < 0) continue;
            var match = Pattern.Match(text.Substring(gapStart, gapEnd - gapStart));
            if (match.Success) return Name(match.Groups["name"].Value);
        }
        return null;
    }

    /// <summary>The annotated name read by the lexer's identifier rule (folding, unquoting, 63-byte truncation).</summary>
    private static string? Name(string text)
    {
        var tokens = Lexing.Lexer.Lex(text).Tokens;
        if (tokens.Length != 2 || tokens[0].Kind is not (Lexing.TokenKind.Identifier or Lexing.TokenKind.QuotedIdentifier)) return null;
        return Lexing.TokenValues.Identifier(text, tokens[0]);
    }
}
