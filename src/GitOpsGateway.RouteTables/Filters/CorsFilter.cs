namespace GitOpsGateway.RouteTables.Filters;

/// <summary>Answers preflight requests and adds CORS headers. Every list is a set, kept in ordinal order.</summary>
public sealed record CorsFilter : HttpFilter
{
    /// <summary>Origins such as <c>https://a.example.com</c>, <c>https://*.example.com</c>, or <c>*</c>.</summary>
    public EquatableArray<string> AllowOrigins
    {
        get;
        init => field = value.SortedByOrdinal(origin => origin);
    }

    public EquatableArray<string> AllowMethods
    {
        get;
        init => field = value.SortedByOrdinal(method => method);
    }

    public EquatableArray<string> AllowHeaders
    {
        get;
        init => field = value.SortedByOrdinal(header => header);
    }

    public EquatableArray<string> ExposeHeaders
    {
        get;
        init => field = value.SortedByOrdinal(header => header);
    }

    /// <summary>Seconds a preflight answer may be cached (<c>Access-Control-Max-Age</c>); null uses the default of 5.</summary>
    public int? MaxAgeSeconds { get; init; }

    public bool AllowCredentials { get; init; }
}
