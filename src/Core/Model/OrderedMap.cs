namespace SchemaGen.Core.Model;

/// <summary>A dictionary that enumerates in insertion order, so plans follow the file's order.</summary>
public sealed class OrderedMap<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _map = new();
    private readonly List<TKey> _order = new();

    public int Count => _map.Count;

    public IEnumerable<TKey> Keys => _order;

    public IEnumerable<TValue> Values => _order.Select(k => _map[k]);

    public bool ContainsKey(TKey key) => _map.ContainsKey(key);

    public bool TryGetValue(TKey key, out TValue value) => _map.TryGetValue(key, out value!);

    public TValue? Find(TKey key) => _map.TryGetValue(key, out var value) ? value : default;

    public void Set(TKey key, TValue value)
    {
        if (!_map.ContainsKey(key)) _order.Add(key);
        _map[key] = value;
    }

    public bool Remove(TKey key)
    {
        if (!_map.Remove(key)) return false;
        _order.Remove(key);
        return true;
    }

    /// <summary>Renames a key in place, keeping its position.</summary>
    public void Rekey(TKey from, TKey to, TValue value)
    {
        var index = _order.IndexOf(from);
        _map.Remove(from);
        _map[to] = value;
        if (index >= 0) _order[index] = to;
        else _order.Add(to);
    }
}
