namespace GitOpsGateway.RouteTables.Diffing;

/// <summary>The items of two tables that share a key; one side is null when the item was added or removed.</summary>
internal sealed record KeyedPair<T>(string Key, T? Before, T? After)
    where T : class
{
    /// <summary>Pairs items by key, in ordinal key order; on a duplicate key the first item wins.</summary>
    public static IEnumerable<KeyedPair<T>> Match(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key)
    {
        var beforeByKey = Index(before, key);
        var afterByKey = Index(after, key);
        return beforeByKey.Keys.Union(afterByKey.Keys)
            .Order(StringComparer.Ordinal)
            .Select(itemKey => new KeyedPair<T>(
                itemKey, beforeByKey.GetValueOrDefault(itemKey), afterByKey.GetValueOrDefault(itemKey)));
    }

    private static Dictionary<string, T> Index(IEnumerable<T> items, Func<T, string> key)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            index.TryAdd(key(item), item);
        }

        return index;
    }
}
