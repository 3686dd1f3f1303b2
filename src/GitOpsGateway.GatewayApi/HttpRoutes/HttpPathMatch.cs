namespace GitOpsGateway.GatewayApi.HttpRoutes;

public sealed record HttpPathMatch
{
    /// <summary>PathPrefix "/", the spec's default.</summary>
    public static HttpPathMatch Default { get; } = new();

    /// <summary>One of <see cref="PathMatchTypes"/>; "PathPrefix" when omitted.</summary>
    public string Type { get; init; } = PathMatchTypes.PathPrefix;

    /// <summary>"/" when omitted.</summary>
    public string Value { get; init; } = "/";
}
