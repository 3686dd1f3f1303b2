using GitOpsGateway.DataPlane.Tls;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.RouteTables;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DevMode.Secrets;

/// <summary>
/// Dev mode's TLS: the node takes key pairs from the <c>kubernetes.io/tls</c> Secret manifests in the watched
/// folder, since the event store never holds keys. Each Secret is logged with a warning the first time; a Secret
/// removed from the folder is forgotten at the next refresh.
/// </summary>
public sealed class RepositorySecrets(string folder, ILogger logger)
{
    private readonly HashSet<NamespacedName> known = [];

    public ManifestSecretSource Source { get; } = new();

    /// <returns>How many key pairs the folder holds now.</returns>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var loaded = await ManifestLoader.Default.LoadDirectoryAsync(folder, cancellationToken);
        var current = new HashSet<NamespacedName>();
        foreach (var secret in loaded.Resources.Secrets.Where(secret => secret.Type == SecretTypes.Tls))
        {
            if (secret.Certificate is not { } certificate || secret.PrivateKey is not { } key || IsRedacted(key))
            {
                continue;
            }

            var name = new NamespacedName { Namespace = secret.Metadata.Namespace, Name = secret.Metadata.Name };
            Source.Set(name, certificate.ToArray(), key.ToArray());
            current.Add(name);
            if (known.Add(name))
            {
                DevModeLog.SecretFromRepository(logger, $"{name.Namespace}/{name.Name}", secret.Metadata.Location.ToString());
            }
        }

        foreach (var gone in known.Where(name => !current.Contains(name)).ToList())
        {
            Source.Remove(gone);
            known.Remove(gone);
        }

        return current.Count;
    }

    private static bool IsRedacted(SecretBytes key) =>
        key.Span.StartsWith(System.Text.Encoding.ASCII.GetBytes(Secret.RedactedPrefix));
}
