namespace SchemaGen.Core.Lexing;

/// <summary>Whitespace and comments, which separate tokens and are never emitted.</summary>
internal static class Trivia
{
    private static readonly char[] LineEnds = { '\n', '\r' };
    private static readonly char[] CommentMarks = { '*', '/' };

    /// <summary>
    /// The index after the whitespace and complete comments at <paramref name="pos"/>. Stops at an
    /// unterminated <c>/*</c> so that the caller decides how to report it.
    /// </summary>
    public static int Skip(string s, int pos)
    {
        while (pos < s.Length)
        {
            char c = s[pos];
            if (SqlChars.IsSpace(c))
            {
                pos++;
            }
            else if (c == '-' && pos + 1 < s.Length && s[pos + 1] == '-')
            {
                int eol = s.IndexOfAny(LineEnds, pos + 2);
                pos = eol < 0 ? s.Length : eol;
            }
            else if (c == '/' && pos + 1 < s.Length && s[pos + 1] == '*')
            {
                int end = BlockCommentEnd(s, pos);
                if (end < 0) return pos;
                pos = end;
            }
            else
            {
                break;
            }
        }

        return pos;
    }

    /// <summary>
    /// The index after the block comment opening at <paramref name="pos"/>, honouring nesting, or -1
    /// when the input ends first.
    /// </summary>
    public static int BlockCommentEnd(string s, int pos)
    {
        int depth = 1;
        int i = pos + 2;
        while (true)
        {
            int k = s.IndexOfAny(CommentMarks, i);
            if (k < 0 || k + 1 >= s.Length) return -1;
            if (s[k] == '/' && s[k + 1] == '*')
            {
                depth++;
                i = k + 2;
            }
            else if (s[k] == '*' && s[k + 1] == '/')
            {
                i = k + 2;
                if (--depth == 0) return i;
            }
            else
            {
                i = k + 1;
            }
        }
    }
}
