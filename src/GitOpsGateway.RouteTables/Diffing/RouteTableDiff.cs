namespace GitOpsGateway.RouteTables.Diffing;

/// <summary>
/// What changed between two route tables of one Gateway, for audit: listeners, clusters, rules (and their
/// backends, filters and precedence) and L4 routes. Rules are keyed by virtual host and provenance, so a rule
/// whose match changed is reported as changed, and the same route rule on a new host as added.
/// </summary>
public static class RouteTableDiff
{
    /// <summary>
    /// Changes from <paramref name="before"/> to <paramref name="after"/>, grouped by subject (gateway class,
    /// listeners, clusters, rules, L4 routes) and in ordinal key order within each group. A null side stands for
    /// a Gateway that did not exist, so everything on the other side is added or removed.
    /// </summary>
    public static EquatableArray<RouteTableChange> Compare(RouteTable? before, RouteTable? after)
    {
        if (before is null && after is null)
        {
            return [];
        }

        var old = before ?? Empty(after!);
        var current = after ?? Empty(before!);
        if (old.Gateway != current.Gateway)
        {
            throw new ArgumentException(
                $"Route tables of different Gateways ({old.Gateway} and {current.Gateway}) cannot be compared.", nameof(after));
        }

        return GatewayClass(old, current)
            .Concat(ListenerDiff.Compare(old, current))
            .Concat(ClusterDiff.Compare(old, current))
            .Concat(RuleDiff.Compare(old, current))
            .Concat(L4RouteDiff.Compare(old, current))
            .ToEquatableArray();
    }

    private static IEnumerable<RouteTableChange> GatewayClass(RouteTable before, RouteTable after)
    {
        if (!string.Equals(before.GatewayClass, after.GatewayClass, StringComparison.Ordinal))
        {
            yield return new RouteTableChange
            {
                Kind = ChangeKind.Changed,
                Subject = ChangeSubject.GatewayClass,
                Key = after.Gateway.ToString(),
                Description = $"gateway class of {after.Gateway} changed: {before.GatewayClass} -> {after.GatewayClass}",
            };
        }
    }

    private static RouteTable Empty(RouteTable counterpart) =>
        new() { Gateway = counterpart.Gateway, GatewayClass = counterpart.GatewayClass };
}
