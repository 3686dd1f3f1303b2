using GitOpsGateway.RouteTables;

namespace GitOpsGateway.Routing.Decisions;

/// <summary>The node answers itself, e.g. 500 for a rule or a backend share without a valid backend.</summary>
public sealed record DirectResponse : RoutingDecision
{
    public required int StatusCode { get; init; }

    /// <summary>For logs and audit, never sent to the client.</summary>
    public required string Reason { get; init; }

    public required RuleProvenance Rule { get; init; }
}
