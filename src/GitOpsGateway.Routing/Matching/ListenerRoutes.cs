using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// One HTTP or HTTPS listener: its virtual hosts by hostname, each with the less specific hosts a request falls
/// through to. A listener without routes is still here, so a request for its hostname is answered 404 by it
/// rather than served by a less specific listener: fall-through stays inside one listener.
/// </summary>
internal sealed class ListenerRoutes(Listener listener, HostnameTable<VirtualHostChain> hosts)
{
    public Listener Listener { get; } = listener;

    public RoutingDecision Route(in RouteRequest request, ReadOnlySpan<char> hostname)
    {
        var rule = hosts.Find(hostname)?.FindFirst(in request);
        return rule is null ? NotFound.Instance : rule.Responder.Respond(in request, Listener.Name);
    }
}
