using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Diffing;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// The route-level changes to one Gateway's table (<see cref="RouteTableDiff"/>); <paramref name="Change"/> says
/// whether the Gateway's table appears, disappears or changes.
/// </summary>
internal sealed record GatewayPlan(string Gateway, ChangeKind Change, EquatableArray<RouteTableChange> Changes)
{
    /// <summary>One entry per Gateway whose table differs, in Gateway order; <paramref name="onlyGateway"/> ("ns/name") keeps one.</summary>
    public static IReadOnlyList<GatewayPlan> Compare(IReadOnlyList<RouteTable> before, IReadOnlyList<RouteTable> after, string? onlyGateway)
    {
        var old = before.ToDictionary(table => table.Gateway.ToString(), StringComparer.Ordinal);
        var current = after.ToDictionary(table => table.Gateway.ToString(), StringComparer.Ordinal);
        return old.Keys.Union(current.Keys)
            .Where(gateway => onlyGateway is null || gateway == onlyGateway)
            .Order(StringComparer.Ordinal)
            .Select(gateway =>
            {
                var was = old.GetValueOrDefault(gateway);
                var now = current.GetValueOrDefault(gateway);
                var change = was is null ? ChangeKind.Added : now is null ? ChangeKind.Removed : ChangeKind.Changed;
                return new GatewayPlan(gateway, change, RouteTableDiff.Compare(was, now));
            })
            .Where(plan => plan.Change != ChangeKind.Changed || !plan.Changes.IsEmpty)
            .ToList();
    }
}
