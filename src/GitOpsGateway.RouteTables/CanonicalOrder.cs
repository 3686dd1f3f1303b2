namespace GitOpsGateway.RouteTables;

/// <summary>
/// Comparers for sets inside the IR. Sets are kept sorted at construction so that equal tables are equal records
/// and serialise to equal bytes whatever order the producer used. Strings compare ordinally, never by culture.
/// </summary>
internal static class CanonicalOrder
{
    /// <summary>Compares by each key in turn; a key is a string (ordinal), an int or an enum (numeric).</summary>
    public static IComparer<T> By<T>(params Func<T, object>[] keys) => Comparer<T>.Create((left, right) =>
    {
        foreach (var key in keys)
        {
            var order = Compare(key(left), key(right));
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    });

    private static int Compare(object left, object right) => (left, right) switch
    {
        (string l, string r) => string.CompareOrdinal(l, r),
        (int l, int r) => l.CompareTo(r),
        (Enum l, Enum r) => Convert.ToInt64(l, null).CompareTo(Convert.ToInt64(r, null)),
        _ => throw new ArgumentException($"Unsupported canonical key types {left.GetType()} and {right.GetType()}."),
    };
}
