namespace GitOpsGateway.GatewayApi.HttpRoutes;

/// <summary>Answers with a redirect; null fields keep the request's own scheme, host, path or the listener's port.</summary>
public sealed record HttpRequestRedirectFilter
{
    /// <summary>"http" or "https".</summary>
    public string? Scheme { get; init; }

    public string? Hostname { get; init; }

    public HttpPathModifier? Path { get; init; }

    public int? Port { get; init; }

    /// <summary>301, 302 (default), 303, 307 or 308.</summary>
    public int StatusCode { get; init; } = 302;
}
