namespace GitOpsGateway.Routing.Decisions;

/// <summary>No listener, host or rule serves the request: 404, or a refused connection for L4.</summary>
public sealed record NotFound : RoutingDecision
{
    public static NotFound Instance { get; } = new();

    private NotFound()
    {
    }

    public static int StatusCode => 404;
}
