namespace GitOpsGateway.RouteTables.Filters;

/// <summary>Answers with a redirect; null parts keep the request's own scheme, host, port and path.</summary>
public sealed record RequestRedirectFilter : HttpFilter
{
    public string? Scheme { get; init; }

    public string? Hostname { get; init; }

    public int? Port { get; init; }

    public PathModifier? Path { get; init; }

    public int StatusCode { get; init; } = 302;
}
