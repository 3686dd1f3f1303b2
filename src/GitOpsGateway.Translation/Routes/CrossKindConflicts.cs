using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Gateways;
using GitOpsGateway.Translation.Hostnames;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Routes;

/// <summary>
/// An HTTPRoute and a GRPCRoute on one listener whose hostnames intersect: the spec accepts exactly one of them,
/// the older (creationTimestamp, then namespace/name); the other loses that listener, and is rejected with
/// NotAllowedByListeners when it has no listener left on that parent.
/// </summary>
internal static class CrossKindConflicts
{
    public static void Resolve(TranslationContext context)
    {
        // Claims per listener and kind: a route only ever conflicts with the other kind, so it scans only that list.
        var claims = new Dictionary<(ListenerContext Listener, ResourceKind Kind), List<(RouteContext Route, IReadOnlyList<string> Hostnames)>>();
        var candidates = context.Routes
            .Where(route => route.Route.Kind is ResourceKind.HttpRoute or ResourceKind.GrpcRoute && !route.IsRejected)
            .OrderBy(route => route, RouteAge.Comparer);
        foreach (var route in candidates)
        {
            var otherKind = route.Route.Kind == ResourceKind.HttpRoute ? ResourceKind.GrpcRoute : ResourceKind.HttpRoute;
            foreach (var parent in route.Parents.Where(parent => parent.Rejection is null))
            {
                var lost = new List<string>();
                foreach (var attachment in parent.Attachments.ToList())
                {
                    var others = claims.GetValueOrDefault((attachment.Listener, otherKind));
                    var winner = others?.FirstOrDefault(claim => Intersect(claim.Hostnames, attachment.Hostnames)) ?? default;
                    if (winner.Route is null)
                    {
                        var key = (attachment.Listener, route.Route.Kind);
                        (claims.TryGetValue(key, out var own) ? own : claims[key] = []).Add((route, attachment.Hostnames));
                        continue;
                    }

                    parent.Attachments.Remove(attachment);
                    lost.Add($"on listener {attachment.Listener.Name} the older {winner.Route.Key} already serves hostnames {string.Join(", ", winner.Hostnames)}");
                }

                if (parent.Attachments.Count == 0 && lost.Count > 0)
                {
                    parent.Rejection = new Problem(
                        ConditionReasons.NotAllowedByListeners,
                        $"HTTPRoutes and GRPCRoutes cannot share hostnames on a listener: {string.Join("; ", lost)}.");
                }
            }
        }
    }

    private static bool Intersect(IReadOnlyList<string> left, IReadOnlyList<string> right) =>
        left.Any(first => right.Any(second => HostnameMatching.Overlap(first, second)));
}
