namespace GitOpsGateway.GatewayApi.HttpRoutes;

public sealed record HttpUrlRewriteFilter
{
    /// <summary>Replaces the Host header when forwarding.</summary>
    public string? Hostname { get; init; }

    public HttpPathModifier? Path { get; init; }
}
