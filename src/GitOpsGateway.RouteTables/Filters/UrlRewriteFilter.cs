namespace GitOpsGateway.RouteTables.Filters;

/// <summary>Rewrites the request before forwarding; null parts are left unchanged.</summary>
public sealed record UrlRewriteFilter : HttpFilter
{
    public string? Hostname { get; init; }

    public PathModifier? Path { get; init; }
}
