namespace GitOpsGateway.RouteTables.Listeners;

/// <summary>
/// A Secret holding a certificate and key. The node loads the key pair from its secret source by this name; the
/// IR carries only public facts, never key material.
/// </summary>
public sealed record CertificateReference
{
    public required NamespacedName Secret { get; init; }

    /// <summary>Known when the control plane could read the certificate; null otherwise.</summary>
    public CertificateFacts? Facts { get; init; }
}
