using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Routing.Actions;

namespace GitOpsGateway.Routing.Decisions;

/// <summary>
/// The request goes to one of the rule's backends, changed as the rule's filters say. Path, query and Host are
/// final for the rule's filters; a backend with filters of its own may change them again, so pick the backend
/// through <see cref="Choose"/> (or <see cref="ForBackend"/>) rather than reading <see cref="Backends"/> directly.
/// </summary>
public sealed record Forward : RoutingDecision
{
    public required string ListenerName { get; init; }

    public required RuleProvenance Rule { get; init; }

    /// <summary>The rule's weighted backends, in the route's order, weight-0 and invalid ones included.</summary>
    public required EquatableArray<Backend> Backends { get; init; }

    /// <summary>Set once a backend has been chosen; null on the decision <see cref="CompiledRouter.Route"/> returns.</summary>
    public ClusterBackend? Chosen { get; init; }

    /// <summary>The path to send upstream, after any URLRewrite, in wire form (percent-encoded as it goes on the wire).</summary>
    public required string Path { get; init; }

    /// <summary>The raw query to send upstream, without <c>?</c>; empty when none.</summary>
    public required string Query { get; init; }

    /// <summary>The Host to send upstream: the request's own, unmodified, unless a URLRewrite sets a hostname.</summary>
    public required string Host { get; init; }

    /// <summary>RequestHeaderModifier filters to apply in this order (see <see cref="Headers.HeaderMutation"/>).</summary>
    public EquatableArray<HeaderModifierFilter> RequestHeaderModifiers { get; init; }

    /// <summary>ResponseHeaderModifier filters to apply to the backend's response in this order.</summary>
    public EquatableArray<HeaderModifierFilter> ResponseHeaderModifiers { get; init; }

    public EquatableArray<RequestMirrorFilter> Mirrors { get; init; }

    public RouteTimeouts? Timeouts { get; init; }

    public RetryPolicy? Retry { get; init; }

    public CorsFilter? Cors { get; init; }

    internal RuleResponder? Responder { get; init; }

    internal RouteRequest Request { get; init; }

    /// <summary>Picks a backend by weight and returns what to do with it (see <see cref="ForBackend"/>).</summary>
    /// <param name="random">Uniform in [0, 1).</param>
    public RoutingDecision Choose(double random)
    {
        var index = WeightedChoice.Pick(Backends, random);
        return index < 0
            ? new DirectResponse { StatusCode = 500, Reason = "no backend has a positive weight", Rule = Rule }
            : ForBackend(index);
    }

    /// <summary>
    /// A <see cref="Forward"/> with <see cref="Chosen"/> set and the backend's own filters applied after the
    /// rule's; a <see cref="DirectResponse"/> 500 for an invalid backend; a <see cref="Redirect"/> when the
    /// backend's filters redirect.
    /// </summary>
    public RoutingDecision ForBackend(int index) =>
        Responder?.ForBackend(this, index)
        ?? throw new InvalidOperationException("Only a Forward returned by CompiledRouter.Route can resolve its backends.");
}
