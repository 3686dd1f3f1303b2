namespace GitOpsGateway.DataPlane.Listeners;

/// <summary>What a port serves; one kind per port.</summary>
internal enum PortKind
{
    Http,

    /// <summary>HTTP over TLS terminated by the node.</summary>
    Https,

    /// <summary>TLS passed through to the backend chosen by SNI.</summary>
    TlsPassthrough,

    /// <summary>TLS terminated by the node with the TLS listener's certificate; the plain stream goes to the backend.</summary>
    TlsTerminate,

    Tcp,
}
