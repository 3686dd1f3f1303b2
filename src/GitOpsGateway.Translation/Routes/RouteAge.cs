namespace GitOpsGateway.Translation.Routes;

/// <summary>
/// The spec's tie-break between routes: the oldest creationTimestamp first (a route without one counts as the
/// newest), then "{namespace}/{name}" in ordinal order.
/// </summary>
internal static class RouteAge
{
    public static IComparer<RouteContext> Comparer { get; } = Comparer<RouteContext>.Create(Compare);

    public static int Compare(RouteContext left, RouteContext right) =>
        Compare(left.Route.Metadata.CreationTimestamp, left.NamespacedName, right.Route.Metadata.CreationTimestamp, right.NamespacedName);

    public static int Compare(DateTimeOffset? leftCreated, string leftName, DateTimeOffset? rightCreated, string rightName)
    {
        var byAge = (leftCreated ?? DateTimeOffset.MaxValue).CompareTo(rightCreated ?? DateTimeOffset.MaxValue);
        return byAge != 0 ? byAge : string.CompareOrdinal(leftName, rightName);
    }
}
