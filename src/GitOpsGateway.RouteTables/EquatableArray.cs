namespace GitOpsGateway.RouteTables;

/// <summary>Builds <see cref="EquatableArray{T}"/> values; also the target of collection expressions.</summary>
public static class EquatableArray
{
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);

    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new([.. items]);
}
