namespace GitOpsGateway.RouteTables;

/// <summary>The Gateway API route kind a rule was compiled from.</summary>
public enum RouteKind
{
    HTTPRoute,
    GRPCRoute,
    TLSRoute,
    TCPRoute,
    UDPRoute,
}
