namespace GitOpsGateway.GatewayApi.HttpRoutes;

public sealed record HttpCorsFilter
{
    /// <summary>"*", or origins "scheme://host[:port]" whose host may start with a "*" wildcard.</summary>
    public IReadOnlyList<string> AllowOrigins { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    public bool? AllowCredentials { get; init; }

    /// <summary>HTTP methods or "*".</summary>
    public IReadOnlyList<string> AllowMethods { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<string> AllowHeaders { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<string> ExposeHeaders { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Seconds a preflight answer may be cached; 5 when omitted.</summary>
    public int MaxAge { get; init; } = 5;
}
