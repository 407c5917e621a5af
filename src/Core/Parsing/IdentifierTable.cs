using SchemaGen.Core.Lexing;

namespace SchemaGen.Core.Parsing;

/// <summary>
/// One string per distinct unquoted identifier of a file: column, type and table names repeat
/// across a schema (every <c>id</c>, every <c>integer</c>, every referenced table), and a
/// substring per occurrence made a large share of the parser's allocations. Values are exactly
/// <see cref="TokenValues.Identifier"/>'s; only ASCII names that need no truncation are shared.
/// </summary>
internal sealed class IdentifierTable
{
    private string?[] _slots = new string?[1024];
    private int _count;

    public string Get(string source, Token token)
    {
        if (token.Kind != TokenKind.Identifier || token.Length > TokenValues.MaxIdentifierBytes) return TokenValues.Identifier(source, token);
        var hash = 0;
        for (var i = token.Start; i < token.End; i++)
        {
            var c = source[i];
            if (c >= 0x80) return TokenValues.Identifier(source, token);
            hash = unchecked(hash * 31 + SqlChars.ToLowerAscii(c));
        }
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var existing = _slots[slot];
            if (existing == null) break;
            if (Matches(existing, source, token)) return existing;
        }
        var value = TokenValues.Identifier(source, token);
        Add(value, hash);
        return value;
    }

    private static bool Matches(string existing, string source, Token token)
    {
        if (existing.Length != token.Length) return false;
        for (var i = 0; i < existing.Length; i++)
            if (existing[i] != SqlChars.ToLowerAscii(source[token.Start + i])) return false;
        return true;
    }

    private void Add(string value, int hash)
    {
        if ((_count + 1) * 2 > _slots.Length) Grow();
        Insert(_slots, value, hash);
        _count++;
    }

    private void Grow()
    {
        var slots = new string?[_slots.Length * 2];
        foreach (var value in _slots)
            if (value != null) Insert(slots, value, Hash(value));
        _slots = slots;
    }

    private static void Insert(string?[] slots, string value, int hash)
    {
        var mask = slots.Length - 1;
        var slot = hash & mask;
        while (slots[slot] != null) slot = (slot + 1) & mask;
        slots[slot] = value;
    }

    // Stored values are already folded, so their hash is the one Get computes over the source.
    private static int Hash(string value)
    {
        var hash = 0;
        foreach (var c in value) hash = unchecked(hash * 31 + c);
        return hash;
    }
}
