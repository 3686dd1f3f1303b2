using System.Collections.Concurrent;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.DataPlane.Tls;

/// <summary>
/// Key pairs handed over in memory, for development: the host reads <c>kubernetes.io/tls</c> Secret manifests
/// from the repository and calls <see cref="Set"/> with their <c>tls.crt</c> and <c>tls.key</c>. Production nodes
/// use <see cref="DirectorySecretSource"/>, so key material never travels with manifests.
/// </summary>
public sealed class ManifestSecretSource : ISecretSource
{
    private readonly ConcurrentDictionary<NamespacedName, TlsKeyPair> _pairs = new();

    public void Set(NamespacedName secret, ReadOnlyMemory<byte> certificatePem, ReadOnlyMemory<byte> privateKeyPem)
    {
        ArgumentNullException.ThrowIfNull(secret);
        _pairs[secret] = new TlsKeyPair(certificatePem.ToArray(), privateKeyPem.ToArray());
    }

    public bool Remove(NamespacedName secret) => _pairs.TryRemove(secret, out _);

    public TlsKeyPair? Find(NamespacedName secret) => _pairs.GetValueOrDefault(secret);
}
