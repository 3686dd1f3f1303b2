using GitOpsGateway.RouteTables.L4;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Translation.Gateways;
using GitOpsGateway.Translation.Hostnames;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Routes;

namespace GitOpsGateway.Translation.Tables;

/// <summary>
/// The L4 routes of one listener. Routes are taken oldest first (then by namespace/name): on a TLS listener
/// each SNI hostname goes to the first route claiming it; on a TCP or UDP listener the first route takes the
/// listener. The others stay accepted (the spec counts them as attached) but serve nothing there.
/// </summary>
internal static class L4RouteBuilder
{
    public static List<L4Route> Build(DiagnosticSink diagnostics, ListenerContext listener, IReadOnlyList<AttachedRoute> routes)
    {
        var ordered = routes.Where(route => route.Route.L4Rule is not null).OrderBy(route => route.Route, RouteAge.Comparer).ToList();
        var owners = new Dictionary<string, RouteContext>(StringComparer.Ordinal);
        var built = new List<L4Route>();
        foreach (var route in ordered)
        {
            // TCP and UDP listeners have one "hostname", the listener itself.
            var keys = listener.IrProtocol == ListenerProtocol.TLS ? route.Hostnames : [HostnameMatching.Any];
            var won = keys.Where(key => owners.TryAdd(key, route.Route)).ToList();
            foreach (var lost in keys.Except(won, StringComparer.Ordinal))
            {
                var name = lost == HostnameMatching.Any ? "the listener" : lost;
                diagnostics.Warning(route.Route.Route, string.Empty, $"On listener {listener.Name} of {listener.Gateway.Key} the older {owners[lost].Key} serves {name}; this route does not.");
            }

            if (won.Count > 0)
            {
                built.Add(Route(listener, route, listener.IrProtocol == ListenerProtocol.TLS ? won : []));
            }
        }

        return built;
    }

    private static L4Route Route(ListenerContext listener, AttachedRoute route, IReadOnlyList<string> hostnames) => new()
    {
        ListenerName = listener.Name,
        Provenance = route.Route.L4Rule!.Provenance,
        Hostnames = [.. hostnames],
        Backends = route.Route.L4Rule.Backends,
    };
}
