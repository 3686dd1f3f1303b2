namespace GitOpsGateway.GatewayApi.Routes;

public sealed record SessionPersistenceCookie
{
    public string? Name { get; init; }

    public string Path { get; init; } = "/";

    /// <summary>"Session" (default) or "Permanent".</summary>
    public string LifetimeType { get; init; } = "Session";
}
