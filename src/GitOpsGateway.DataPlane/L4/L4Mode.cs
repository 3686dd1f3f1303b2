namespace GitOpsGateway.DataPlane.L4;

/// <summary>How an L4 connection reaches <see cref="L4Proxy"/>.</summary>
internal enum L4Mode
{
    Tcp,

    /// <summary>Still encrypted: routed by the ClientHello's SNI and forwarded as it is.</summary>
    TlsPassthrough,

    /// <summary>Decrypted by the node with the TLS listener's certificate; the plain bytes are forwarded.</summary>
    TlsTerminated,
}
