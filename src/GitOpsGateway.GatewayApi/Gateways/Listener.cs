namespace GitOpsGateway.GatewayApi.Gateways;

public sealed record Listener
{
    public required string Name { get; init; }

    /// <summary>Null matches every hostname. May start with a "*." wildcard label.</summary>
    public string? Hostname { get; init; }

    public required int Port { get; init; }

    /// <summary>One of <see cref="ListenerProtocols"/>, or a domain-prefixed implementation-specific protocol.</summary>
    public required string Protocol { get; init; }

    public ListenerTls? Tls { get; init; }

    /// <summary>Defaults to routes from the same namespace, of the kinds the protocol supports.</summary>
    public AllowedRoutes AllowedRoutes { get; init; } = AllowedRoutes.Default;
}
