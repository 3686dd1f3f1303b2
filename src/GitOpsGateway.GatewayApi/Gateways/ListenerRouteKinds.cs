namespace GitOpsGateway.GatewayApi.Gateways;

/// <summary>
/// Which route kinds a listener accepts: the kinds its protocol can carry, narrowed by
/// <c>allowedRoutes.kinds</c> when that is set. Kinds listed there that the protocol cannot carry are invalid
/// (listener <c>ResolvedRefs=False/InvalidRouteKinds</c>) and are left out of <c>supportedKinds</c>.
/// </summary>
public static class ListenerRouteKinds
{
    private static readonly RouteGroupKind HttpRoute = new() { Kind = "HTTPRoute" };
    private static readonly RouteGroupKind GrpcRoute = new() { Kind = "GRPCRoute" };
    private static readonly RouteGroupKind TlsRoute = new() { Kind = "TLSRoute" };
    private static readonly RouteGroupKind TcpRoute = new() { Kind = "TCPRoute" };
    private static readonly RouteGroupKind UdpRoute = new() { Kind = "UDPRoute" };

    /// <summary>The kinds a protocol carries; empty for protocols this product does not implement.</summary>
    public static IReadOnlyList<RouteGroupKind> ForProtocol(string protocol) => protocol switch
    {
        ListenerProtocols.Http or ListenerProtocols.Https => [HttpRoute, GrpcRoute],
        ListenerProtocols.Tls => [TlsRoute],
        ListenerProtocols.Tcp => [TcpRoute],
        ListenerProtocols.Udp => [UdpRoute],
        _ => [],
    };

    /// <summary>Splits the listener's allowed kinds into those it supports (in spec order) and the invalid rest.</summary>
    public static (IReadOnlyList<RouteGroupKind> Supported, IReadOnlyList<RouteGroupKind> Invalid) Resolve(Listener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        var carried = ForProtocol(listener.Protocol);
        if (listener.AllowedRoutes.Kinds.Count == 0)
        {
            return (carried, []);
        }

        var supported = listener.AllowedRoutes.Kinds.Where(carried.Contains).Distinct().ToList();
        var invalid = listener.AllowedRoutes.Kinds.Where(kind => !carried.Contains(kind)).ToList();
        return (supported, invalid);
    }
}
