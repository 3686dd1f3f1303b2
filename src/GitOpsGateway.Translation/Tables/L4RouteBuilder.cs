using GitOpsGateway.RouteTables.L4;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Translation.Gateways;
using GitOpsGateway.Translation.Routes;

namespace GitOpsGateway.Translation.Tables;

/// <summary>
/// The L4 routes of one listener. Routes are taken oldest first (then by namespace/name): on a TLS listener
/// each SNI hostname goes to the first route claiming it; on a TCP or UDP listener the first route takes the
/// listener. The others stay accepted (the spec counts them as attached) but serve nothing there.
/// </summary>
internal static class L4RouteBuilder
{
    public static IEnumerable<L4Route> Build(ListenerContext listener, IReadOnlyList<AttachedRoute> routes)
    {
        var ordered = routes.Where(route => route.Route.L4Rule is not null).OrderBy(route => route.Route, RouteAge.Comparer);
        if (listener.IrProtocol != ListenerProtocol.TLS)
        {
            if (ordered.FirstOrDefault() is { } winner)
            {
                yield return Route(listener, winner, []);
            }

            yield break;
        }

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in ordered)
        {
            var hostnames = route.Hostnames.Where(claimed.Add).ToList();
            if (hostnames.Count > 0)
            {
                yield return Route(listener, route, hostnames);
            }
        }
    }

    private static L4Route Route(ListenerContext listener, AttachedRoute route, IReadOnlyList<string> hostnames) => new()
    {
        ListenerName = listener.Name,
        Provenance = route.Route.L4Rule!.Provenance,
        Hostnames = [.. hostnames],
        Backends = route.Route.L4Rule.Backends,
    };
}
