namespace GitOpsGateway.GatewayApi.HttpRoutes;

/// <summary>Retry policy (experimental in the spec). Connection errors are always retried when present.</summary>
public sealed record HttpRouteRetry
{
    /// <summary>HTTP status codes, 400..599, that trigger a retry.</summary>
    public IReadOnlyList<int> Codes { get; init => field = ValueList<int>.From(value); } = ValueList<int>.Empty;

    public int? Attempts { get; init; }

    /// <summary>A Gateway API duration: the minimum wait between attempts.</summary>
    public string? Backoff { get; init; }
}
