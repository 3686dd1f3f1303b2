namespace GitOpsGateway.RouteTables.Listeners;

public sealed record ListenerTls
{
    public required TlsMode Mode { get; init; }

    /// <summary>In the Gateway's order (it matters when certificates of several key types are offered); empty for Passthrough.</summary>
    public EquatableArray<CertificateReference> CertificateRefs { get; init; }
}
