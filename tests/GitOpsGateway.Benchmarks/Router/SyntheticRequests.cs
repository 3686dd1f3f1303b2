using GitOpsGateway.Benchmarks.Synthetic;
using GitOpsGateway.Routing;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Benchmarks.Router;

/// <summary>Requests that the rule of one synthetic route serves, and the check that it really does.</summary>
internal static class SyntheticRequests
{
    public static RouteRequest For(int routeIndex) => new()
    {
        Port = SyntheticRepository.ListenerPort,
        Scheme = RequestScheme.Http,
        Host = SyntheticRepository.Hostname(routeIndex),
        Method = "GET",
        Path = SyntheticRepository.MatchingPath(routeIndex),
    };

    /// <summary>Throws unless routing the request forwards it by the rule of that route.</summary>
    public static void ThrowUnlessServedBy(CompiledRouter router, int routeIndex)
    {
        ArgumentNullException.ThrowIfNull(router);
        var decision = router.Route(For(routeIndex));
        if (decision is not Forward forward || forward.Rule.Name != SyntheticRepository.RouteName(routeIndex))
        {
            throw new InvalidOperationException($"Route {routeIndex} does not serve its own request: {decision}.");
        }
    }
}
