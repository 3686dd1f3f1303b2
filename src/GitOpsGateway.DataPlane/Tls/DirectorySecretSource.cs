using GitOpsGateway.RouteTables;

namespace GitOpsGateway.DataPlane.Tls;

/// <summary>
/// Secrets laid out as Kubernetes mounts them, one folder per Secret: <c>ROOT/NAMESPACE/NAME/tls.crt</c> and
/// <c>ROOT/NAMESPACE/NAME/tls.key</c>, both PEM. Read at each apply, so a rotated Secret is picked up with the
/// next table; Kubernetes' <c>..data</c> symlinks are followed like any path.
/// </summary>
public sealed class DirectorySecretSource(string root) : ISecretSource
{
    public const string CertificateFile = "tls.crt";

    public const string PrivateKeyFile = "tls.key";

    public string Root { get; } = root ?? throw new ArgumentNullException(nameof(root));

    public TlsKeyPair? Find(NamespacedName secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (!IsPlainName(secret.Namespace) || !IsPlainName(secret.Name))
        {
            return null;
        }

        var folder = Path.Combine(Root, secret.Namespace, secret.Name);
        var certificate = Path.Combine(folder, CertificateFile);
        var key = Path.Combine(folder, PrivateKeyFile);
        if (!File.Exists(certificate) || !File.Exists(key))
        {
            return null;
        }

        return new TlsKeyPair(File.ReadAllBytes(certificate), File.ReadAllBytes(key));
    }

    // Kubernetes names never hold path separators or dots alone; refusing them keeps lookups inside the root.
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\']) < 0;
}
