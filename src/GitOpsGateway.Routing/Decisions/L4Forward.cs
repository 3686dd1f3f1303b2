using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;

namespace GitOpsGateway.Routing.Decisions;

/// <summary>
/// A TLS passthrough, TCP or UDP connection goes to one of these backends: pick one with
/// <see cref="WeightedChoice.Pick"/>; a connection whose pick is an invalid backend is refused.
/// </summary>
public sealed record L4Forward : RoutingDecision
{
    public required string ListenerName { get; init; }

    public required RuleProvenance Route { get; init; }

    public required EquatableArray<Backend> Backends { get; init; }
}
