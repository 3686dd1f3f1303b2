namespace GitOpsGateway.RouteTables.Listeners;

public enum TlsMode
{
    /// <summary>The node ends TLS with the listener's certificates and routes the plain request.</summary>
    Terminate,

    /// <summary>The node reads only the SNI and forwards the encrypted stream (TLSRoute).</summary>
    Passthrough,
}
