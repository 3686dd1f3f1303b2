using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.L4;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Translation.Gateways;
using GitOpsGateway.Translation.Hostnames;
using GitOpsGateway.Translation.Pipeline;
using IrListener = GitOpsGateway.RouteTables.Listeners.Listener;
using IrListenerTls = GitOpsGateway.RouteTables.Listeners.ListenerTls;

namespace GitOpsGateway.Translation.Tables;

/// <summary>
/// Stage 4: one route table per Gateway of ours. Only programmed listeners enter it (accepted, on an accepted
/// Gateway, certificates resolved); HTTP and HTTPS listeners are grouped by port so a node picks the listener by
/// hostname first and only then its routes; the clusters are those the table's rules refer to.
/// </summary>
internal static class TableStage
{
    public static List<RouteTable> Run(TranslationContext context)
    {
        var attached = AttachedRoutes(context);
        return [.. context.Gateways.Select(gateway => Guarded(context, gateway, attached))];
    }

    private static RouteTable Guarded(TranslationContext context, GatewayContext gateway, Dictionary<ListenerContext, List<AttachedRoute>> attached)
    {
        try
        {
            return Build(context, gateway, attached);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            context.Diagnostics.Error(gateway.Gateway, string.Empty, $"Internal compiler error while building the route table; it is left empty: {exception}");
            return new RouteTable { Gateway = new NamespacedName { Namespace = gateway.Key.Namespace, Name = gateway.Key.Name }, GatewayClass = gateway.Class.Name };
        }
    }

    private static RouteTable Build(TranslationContext context, GatewayContext gateway, Dictionary<ListenerContext, List<AttachedRoute>> attached)
    {
        var listeners = gateway.Listeners.Where(listener => listener.IsProgrammed).ToList();
        var httpPorts = new List<HttpPort>();
        var l4Routes = new List<L4Route>();
        foreach (var port in listeners.Where(IsHttp).GroupBy(listener => listener.Spec.Port))
        {
            httpPorts.Add(new HttpPort
            {
                Port = port.Key,
                Listeners =
                [
                    .. port.Select(listener => new HttpListenerRoutes
                    {
                        ListenerName = listener.Name,
                        VirtualHosts = [.. VirtualHostBuilder.Build(RoutesOn(attached, listener))],
                    }),
                ],
            });
        }

        foreach (var listener in listeners.Where(listener => !IsHttp(listener)))
        {
            l4Routes.AddRange(L4RouteBuilder.Build(context.Diagnostics, listener, RoutesOn(attached, listener)));
        }

        return new RouteTable
        {
            Gateway = new NamespacedName { Namespace = gateway.Key.Namespace, Name = gateway.Key.Name },
            GatewayClass = gateway.Class.Name,
            Listeners = [.. listeners.Select(Listener)],
            HttpPorts = [.. httpPorts],
            L4Routes = [.. l4Routes],
            Clusters = [.. ClusterIds(httpPorts, l4Routes).Select(id => context.Clusters[id])],
        };
    }

    private static Dictionary<ListenerContext, List<AttachedRoute>> AttachedRoutes(TranslationContext context)
    {
        var byListener = new Dictionary<ListenerContext, List<AttachedRoute>>();
        foreach (var route in context.Routes.Where(route => !route.IsRejected))
        {
            var attachments = route.Parents
                .Where(parent => parent.Rejection is null)
                .SelectMany(parent => parent.Attachments)
                .GroupBy(attachment => attachment.Listener);
            foreach (var listener in attachments)
            {
                var hostnames = listener.SelectMany(attachment => attachment.Hostnames).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                (byListener.TryGetValue(listener.Key, out var list) ? list : byListener[listener.Key] = []).Add(new AttachedRoute(route, hostnames));
            }
        }

        return byListener;
    }

    private static List<AttachedRoute> RoutesOn(Dictionary<ListenerContext, List<AttachedRoute>> attached, ListenerContext listener) =>
        attached.TryGetValue(listener, out var routes) ? routes : [];

    private static bool IsHttp(ListenerContext listener) => listener.Spec.Protocol is ListenerProtocols.Http or ListenerProtocols.Https;

    private static IrListener Listener(ListenerContext listener) => new()
    {
        Name = listener.Name,
        Port = listener.Spec.Port,
        Protocol = listener.IrProtocol,
        Hostname = listener.Spec.Hostname is { } hostname && hostname != HostnameMatching.Any ? hostname : null,
        Tls = listener.Spec.Protocol switch
        {
            ListenerProtocols.Https => new IrListenerTls { Mode = TlsMode.Terminate, CertificateRefs = [.. listener.Certificates] },
            ListenerProtocols.Tls when listener.TerminatesTls => new IrListenerTls { Mode = TlsMode.Terminate, CertificateRefs = [.. listener.Certificates] },
            ListenerProtocols.Tls => new IrListenerTls { Mode = TlsMode.Passthrough },
            _ => null,
        },
    };

    private static SortedSet<string> ClusterIds(List<HttpPort> httpPorts, List<L4Route> l4Routes)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var rules = httpPorts.SelectMany(port => port.Listeners).SelectMany(listener => listener.VirtualHosts).SelectMany(host => host.Rules);
        foreach (var rule in rules)
        {
            AddBackends(ids, rule.Backends);
            AddFilters(ids, rule.Filters);
        }

        foreach (var route in l4Routes)
        {
            AddBackends(ids, route.Backends);
        }

        return ids;
    }

    private static void AddBackends(SortedSet<string> ids, EquatableArray<Backend> backends)
    {
        foreach (var backend in backends.OfType<ClusterBackend>())
        {
            ids.Add(backend.ClusterId);
            AddFilters(ids, backend.Filters);
        }
    }

    private static void AddFilters(SortedSet<string> ids, EquatableArray<HttpFilter> filters)
    {
        foreach (var mirror in filters.OfType<RequestMirrorFilter>())
        {
            ids.Add(mirror.ClusterId);
        }
    }
}
