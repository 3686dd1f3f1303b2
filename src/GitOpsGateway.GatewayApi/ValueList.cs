using System.Collections;

namespace GitOpsGateway.GatewayApi;

/// <summary>
/// An immutable list with structural equality, so records holding lists compare by content
/// (the compiler detects "unchanged" by comparing resources).
/// </summary>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;
    private int hashCode;

    private ValueList(T[] items) => this.items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => items.Length;

    public T this[int index] => items[index];

    /// <summary>Returns <paramref name="source"/> itself when it already is a value list, otherwise a copy.</summary>
    public static ValueList<T> From(IEnumerable<T>? source) => source switch
    {
        null => Empty,
        ValueList<T> list => list,
        _ => Wrap([.. source]),
    };

    private static ValueList<T> Wrap(T[] array) => array.Length == 0 ? Empty : new ValueList<T>(array);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.items.Length != items.Length || other.GetHashCode() != GetHashCode())
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        if (hashCode == 0)
        {
            var hash = new HashCode();
            foreach (var item in items)
            {
                hash.Add(item);
            }

            // Zero marks "not computed yet"; a real zero hash is remapped so it is cached too.
            hashCode = hash.ToHashCode() is var computed && computed == 0 ? 1 : computed;
        }

        return hashCode;
    }

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}
