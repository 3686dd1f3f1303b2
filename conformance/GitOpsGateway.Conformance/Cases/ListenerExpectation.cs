namespace GitOpsGateway.Conformance.Cases;

/// <summary>
/// One listener's status as upstream's <c>GatewayStatusMustHaveListeners</c> expects it: present by name, exactly
/// these supported kinds (none when empty), this many attached routes, and at least these conditions. The case's
/// listeners of one Gateway must be all its listeners.
/// </summary>
public sealed record ListenerExpectation
{
    /// <summary>The Gateway (NAMESPACE/NAME) when not the case's own.</summary>
    public string? Gateway { get; init; }

    public required string Name { get; init; }

    /// <summary>Route kinds of group gateway.networking.k8s.io.</summary>
    public IReadOnlyList<string> SupportedKinds { get; init; } = [];

    public int AttachedRoutes { get; init; }

    public IReadOnlyList<ConditionExpectation> Conditions { get; init; } = [];
}
