using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.RouteTables.Http;

/// <summary>
/// One match of one Gateway API rule (HTTPRoute or GRPCRoute), with what to do when it matches. A set
/// <see cref="FixedResponse"/> answers the request and the <see cref="Backends"/> (kept for audit) are not used;
/// otherwise the backends answer; a rule whose filters redirect needs neither. CORS is one of the
/// <see cref="Filters"/>, as in the Gateway API.
/// </summary>
public sealed record HttpRouteRule
{
    public required RuleProvenance Provenance { get; init; }

    public required HttpRouteMatch Match { get; init; }

    /// <summary>In the route's order, which is the order the node applies them.</summary>
    public EquatableArray<HttpFilter> Filters { get; init; }

    /// <summary>In the route's order; weight-0 and invalid backends are kept (see <see cref="Backend"/>).</summary>
    public EquatableArray<Backend> Backends { get; init; }

    /// <summary>Answered instead of forwarding, e.g. 500 when the rule has no valid backend at all.</summary>
    public FixedResponse? FixedResponse { get; init; }

    public RouteTimeouts? Timeouts { get; init; }

    public RetryPolicy? Retry { get; init; }
}
