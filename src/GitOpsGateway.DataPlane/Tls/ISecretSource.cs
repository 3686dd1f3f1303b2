using GitOpsGateway.RouteTables;

namespace GitOpsGateway.DataPlane.Tls;

/// <summary>Where the node reads the key pairs of the Secrets that HTTPS listeners name in their certificateRefs.</summary>
public interface ISecretSource
{
    /// <summary>The Secret's key pair, or null when this source does not have the Secret.</summary>
    /// <exception cref="IOException">The Secret exists but could not be read.</exception>
    TlsKeyPair? Find(NamespacedName secret);
}
