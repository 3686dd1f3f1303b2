namespace GitOpsGateway.GatewayApi.HttpRoutes;

/// <summary>All conditions of one match must hold (path AND headers AND query parameters AND method).</summary>
public sealed record HttpRouteMatch
{
    /// <summary>The spec's default match: every path.</summary>
    public static HttpRouteMatch Default { get; } = new();

    public HttpPathMatch Path { get; init; } = HttpPathMatch.Default;

    public IReadOnlyList<HttpHeaderMatch> Headers { get; init => field = ValueList<HttpHeaderMatch>.From(value); } = ValueList<HttpHeaderMatch>.Empty;

    public IReadOnlyList<HttpQueryParamMatch> QueryParams { get; init => field = ValueList<HttpQueryParamMatch>.From(value); } =
        ValueList<HttpQueryParamMatch>.Empty;

    /// <summary>One of <see cref="HttpMethods"/>; null matches every method.</summary>
    public string? Method { get; init; }
}
