namespace GitOpsGateway.RouteTables.Http;

public sealed record VirtualHost
{
    /// <summary>An exact name, a wildcard such as <c>*.example.com</c>, or <c>*</c> for every host.</summary>
    public required string Hostname { get; init; }

    /// <summary>Already in Gateway API precedence: the node takes the first rule that matches.</summary>
    public EquatableArray<HttpRouteRule> Rules { get; init; }
}
