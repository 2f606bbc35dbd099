using System.Collections;
using Certfolio.Core.Text;

namespace Certfolio.Core.Model;

/// <summary>
/// Where each canonical key's value starts (<see cref="Credential.Positions"/>). A dozen entries at most, kept by
/// every loaded credential: one array searched in order holds them in one object instead of a hash table's three.
/// </summary>
internal sealed class KeyPositions : IReadOnlyDictionary<string, LinePosition>
{
    private KeyValuePair<string, LinePosition>[] _entries;
    private int _count;

    public KeyPositions(int capacity) => _entries = new KeyValuePair<string, LinePosition>[Math.Max(capacity, 1)];

    /// <summary>Sets where <paramref name="key"/>'s value starts; while binding only.</summary>
    public void Set(string key, LinePosition position)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            _entries[index] = new(key, position);
            return;
        }
        if (_count == _entries.Length) Array.Resize(ref _entries, _count * 2);
        _entries[_count++] = new(key, position);
    }

    public LinePosition this[string key] => TryGetValue(key, out var position) ? position : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => this.Select(e => e.Key);

    public IEnumerable<LinePosition> Values => this.Select(e => e.Value);

    public int Count => _count;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out LinePosition value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : default;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, LinePosition>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _entries[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
