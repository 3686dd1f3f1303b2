using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GitOpsGateway.Routing.Headers;

/// <summary>
/// A small in-memory header list that keeps the order headers were added, for tests and offline tools. Lookups
/// are linear: requests carry few headers.
/// </summary>
public sealed class HeaderCollection : IHeaderCollection
{
    private readonly List<KeyValuePair<string, string>> _entries = [];

    public int Count => _entries.Count;

    /// <summary>Same as <see cref="Append"/>; lets a collection initializer list headers.</summary>
    public void Add(string name, string value) => Append(name, value);

    public void Append(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _entries.Add(new(name, value));
    }

    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        var first = _entries.FindIndex(entry => IsNamed(entry, name));
        if (first < 0)
        {
            _entries.Add(new(name, value));
            return;
        }

        // The header keeps its place among the others; only its later repetitions go.
        _entries[first] = new(_entries[first].Key, value);
        for (var index = _entries.Count - 1; index > first; index--)
        {
            if (IsNamed(_entries[index], name))
            {
                _entries.RemoveAt(index);
            }
        }
    }

    public bool Remove(string name) => _entries.RemoveAll(entry => IsNamed(entry, name)) > 0;

    public bool TryGetValue(string name, [NotNullWhen(true)] out string? value)
    {
        value = null;
        foreach (var entry in _entries)
        {
            if (IsNamed(entry, name))
            {
                value = value is null ? entry.Value : $"{value},{entry.Value}";
            }
        }

        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _entries.Select(entry => $"{entry.Key}: {entry.Value}"))}]";

    private static bool IsNamed(KeyValuePair<string, string> entry, string name) =>
        string.Equals(entry.Key, name, StringComparison.OrdinalIgnoreCase);
}
