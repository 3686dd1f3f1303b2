using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.RouteTables;

/// <summary>
/// An immutable list with structural equality. Records compare their list members by reference; the IR needs
/// "same items in the same order" to mean equal, so every list in the IR uses this type. The default value is
/// the empty list.
/// </summary>
[JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>, IEquatableArray
{
    private readonly ImmutableArray<T> _items;

    public EquatableArray(ImmutableArray<T> items) => _items = items;

    private ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    public int Count => Items.Length;

    public bool IsEmpty => Count == 0;

    public T this[int index] => Items[index];

    public ImmutableArray<T> AsImmutableArray() => Items;

    /// <summary>A copy ordered by <paramref name="comparer"/>; the sort is stable, so equal keys keep their order.</summary>
    public EquatableArray<T> SortedBy(IComparer<T> comparer) => new([.. Items.OrderBy(item => item, comparer)]);

    /// <summary>A copy ordered ordinally by a string key; the sort is stable.</summary>
    public EquatableArray<T> SortedByOrdinal(Func<T, string> key) =>
        new([.. Items.OrderBy(key, StringComparer.Ordinal)]);

    public bool Equals(EquatableArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", Items)}]";

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}
