namespace GitOpsGateway.RouteTables.Listeners;

/// <summary>
/// A listener the node opens. Only listeners the compiler accepted appear here: a conflicted or invalid listener
/// is reported in status and left out of the table, so the node serves everything it finds.
/// </summary>
public sealed record Listener
{
    /// <summary>The Gateway API section name, unique within the Gateway.</summary>
    public required string Name { get; init; }

    public required int Port { get; init; }

    public required ListenerProtocol Protocol { get; init; }

    /// <summary>Exact (<c>a.example.com</c>) or wildcard (<c>*.example.com</c>); null matches every host.</summary>
    public string? Hostname { get; init; }

    /// <summary>Set for HTTPS and TLS listeners.</summary>
    public ListenerTls? Tls { get; init; }
}
