namespace GitOpsGateway.RouteTables.Http;

/// <summary>
/// The rules of the routes whose hostname on this listener (route hostname intersected with the listener's) is
/// exactly <see cref="Hostname"/>. A request tries the most specific host its name matches, then falls through
/// to each less specific host of the listener (see <see cref="HttpListenerRoutes"/>).
/// </summary>
public sealed record VirtualHost
{
    /// <summary>An exact name, a wildcard such as <c>*.example.com</c>, or <c>*</c> for every host; lower case.</summary>
    public required string Hostname { get; init; }

    /// <summary>In Gateway API match precedence: the node takes the first rule that matches.</summary>
    public EquatableArray<HttpRouteRule> Rules { get; init; }
}
