namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>RequestHeaderModifier / ResponseHeaderModifier configuration (HTTP and gRPC routes).</summary>
public sealed record HttpHeaderFilter
{
    /// <summary>Overwrite these headers.</summary>
    public IReadOnlyList<HttpHeader> Set { get; init => field = ValueList<HttpHeader>.From(value); } = ValueList<HttpHeader>.Empty;

    /// <summary>Append these values to any existing ones.</summary>
    public IReadOnlyList<HttpHeader> Add { get; init => field = ValueList<HttpHeader>.From(value); } = ValueList<HttpHeader>.Empty;

    /// <summary>Header names to delete (case-insensitive).</summary>
    public IReadOnlyList<string> Remove { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;
}
