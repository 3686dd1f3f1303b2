namespace GitOpsGateway.Routing.Decisions;

/// <summary>
/// The Host belongs to another listener of the port than the one the connection's SNI chose (a client reusing
/// a connection across hostnames): 421, so the client opens a new connection.
/// </summary>
public sealed record Misdirected : RoutingDecision
{
    public static Misdirected Instance { get; } = new();

    private Misdirected()
    {
    }

    public static int StatusCode => 421;
}
