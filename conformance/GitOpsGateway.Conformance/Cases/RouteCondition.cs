namespace GitOpsGateway.Conformance.Cases;

/// <summary>A condition a route must carry for the case's Gateway (upstream <c>HTTPRouteMustHaveCondition</c>).</summary>
public sealed record RouteCondition
{
    public required string Route { get; init; }

    public required string Type { get; init; }

    public required string Status { get; init; }

    public string? Reason { get; init; }

    /// <summary>Ours: the parent Gateway (NAMESPACE/NAME) when not the case's own.</summary>
    public string? Gateway { get; init; }
}
