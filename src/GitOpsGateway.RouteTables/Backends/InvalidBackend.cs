namespace GitOpsGateway.RouteTables.Backends;

/// <summary>A backendRef that could not be resolved (missing Service, refused by a ReferenceGrant, ...).</summary>
public sealed record InvalidBackend : Backend
{
    /// <summary>The Gateway API condition reason, e.g. <c>BackendNotFound</c> or <c>RefNotPermitted</c>.</summary>
    public required string Reason { get; init; }
}
