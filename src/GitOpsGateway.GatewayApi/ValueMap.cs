using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GitOpsGateway.GatewayApi;

/// <summary>
/// An immutable string map (labels, annotations, options) with structural equality and keys
/// enumerated in ordinal order, so output built from it is deterministic.
/// </summary>
public sealed class ValueMap : IReadOnlyDictionary<string, string>, IEquatable<ValueMap>
{
    private readonly SortedDictionary<string, string> entries;

    private ValueMap(SortedDictionary<string, string> entries) => this.entries = entries;

    public static ValueMap Empty { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    public int Count => entries.Count;

    public IEnumerable<string> Keys => entries.Keys;

    public IEnumerable<string> Values => entries.Values;

    public string this[string key] => entries[key];

    public static ValueMap From(IEnumerable<KeyValuePair<string, string>>? source)
    {
        if (source is null)
        {
            return Empty;
        }

        if (source is ValueMap map)
        {
            return map;
        }

        var copy = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in source)
        {
            copy[key] = value;
        }

        return copy.Count == 0 ? Empty : new ValueMap(copy);
    }

    public bool ContainsKey(string key) => entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => entries.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueMap? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in entries)
        {
            if (!other.entries.TryGetValue(key, out var otherValue) || !string.Equals(value, otherValue, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueMap other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, value) in entries)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "{" + string.Join(", ", entries.Select(e => e.Key + "=" + e.Value)) + "}";
}
