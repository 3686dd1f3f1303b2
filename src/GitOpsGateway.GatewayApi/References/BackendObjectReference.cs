namespace GitOpsGateway.GatewayApi.References;

/// <summary>
/// A backend: group "" and kind "Service" when omitted; namespace null meaning the route's own.
/// <see cref="Routes.BackendRef"/> adds a weight, HTTP and gRPC backend refs add filters.
/// </summary>
public record BackendObjectReference
{
    public string Group { get; init; } = ApiGroups.Core;

    public string Kind { get; init; } = "Service";

    public required string Name { get; init; }

    public string? Namespace { get; init; }

    /// <summary>The Service port (not the target port); required for Services.</summary>
    public int? Port { get; init; }

    /// <summary>True for core-group Services, the only backend kind with core support.</summary>
    public bool IsService => Group.Length == 0 && string.Equals(Kind, "Service", StringComparison.Ordinal);
}
