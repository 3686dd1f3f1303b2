namespace GitOpsGateway.RouteTables.Http;

/// <summary>
/// Every condition must hold. A GRPCRoute match is expressed on the path: <c>/service/method</c> (Exact),
/// <c>/service/</c> (PathPrefix) or a regular expression over the path.
/// </summary>
public sealed record HttpRouteMatch
{
    private static readonly IComparer<HeaderMatch> HeaderOrder =
        CanonicalOrder.By<HeaderMatch>(match => match.Name, match => match.Type, match => match.Value);

    private static readonly IComparer<QueryParamMatch> QueryParamOrder =
        CanonicalOrder.By<QueryParamMatch>(match => match.Name, match => match.Type, match => match.Value);

    public required PathMatch Path { get; init; }

    /// <summary>Upper-case HTTP method, or null for any method.</summary>
    public string? Method { get; init; }

    /// <summary>A set, kept in order of name, type and value.</summary>
    public EquatableArray<HeaderMatch> Headers
    {
        get;
        init => field = value.SortedBy(HeaderOrder);
    }

    /// <summary>A set, kept in order of name, type and value.</summary>
    public EquatableArray<QueryParamMatch> QueryParams
    {
        get;
        init => field = value.SortedBy(QueryParamOrder);
    }
}
