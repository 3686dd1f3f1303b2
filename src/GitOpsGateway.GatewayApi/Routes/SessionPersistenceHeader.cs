namespace GitOpsGateway.GatewayApi.Routes;

public sealed record SessionPersistenceHeader
{
    public required string Name { get; init; }
}
