namespace GitOpsGateway.Routing;

/// <summary>How the request reached the node: decides which listeners of the port may serve it.</summary>
public enum RequestScheme
{
    Http,

    /// <summary>HTTP over TLS the node terminated; <see cref="RouteRequest.ServerName"/> is the SNI of the connection.</summary>
    Https,

    /// <summary>A TLS connection the node passes through by SNI.</summary>
    Tls,

    Tcp,

    Udp,
}
