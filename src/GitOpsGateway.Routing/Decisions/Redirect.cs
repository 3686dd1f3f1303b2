using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.Routing.Decisions;

/// <summary>A RequestRedirect filter answers: the status and the complete <c>Location</c>.</summary>
public sealed record Redirect : RoutingDecision
{
    public required int StatusCode { get; init; }

    /// <summary>Absolute: scheme, host, the port unless it is the scheme's default, path and the request's query.</summary>
    public required string Location { get; init; }

    public required RuleProvenance Rule { get; init; }

    /// <summary>ResponseHeaderModifier filters of the rule, applied to the redirect response in this order.</summary>
    public EquatableArray<HeaderModifierFilter> ResponseHeaderModifiers { get; init; }
}
