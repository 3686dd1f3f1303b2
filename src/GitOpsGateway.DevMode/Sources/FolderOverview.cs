using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.DevMode.Sources;

/// <summary>
/// What dev mode tells the user about the watched folder: the Gateway its node serves (the first by
/// namespace/name, unless one is named), that Gateway's listeners, and a few requests its HTTPRoutes answer.
/// </summary>
public sealed record FolderOverview(NamespacedName Gateway, IReadOnlyList<GatewayListener> Listeners, IReadOnlyList<SampleRequest> Requests)
{
    private const int MaxSamples = 8;

    /// <exception cref="DevModeException">The folder holds no Gateway, or not the one named.</exception>
    public static async Task<FolderOverview> ReadAsync(string folder, NamespacedName? gateway, CancellationToken cancellationToken)
    {
        var resources = (await ManifestLoader.Default.LoadDirectoryAsync(folder, cancellationToken)).Resources;
        var gateways = resources.Gateways
            .OrderBy(candidate => candidate.Metadata.Namespace, StringComparer.Ordinal)
            .ThenBy(candidate => candidate.Metadata.Name, StringComparer.Ordinal)
            .ToList();
        var served = gateway is null
            ? gateways.FirstOrDefault()
            : gateways.FirstOrDefault(candidate => candidate.Metadata.Namespace == gateway.Namespace && candidate.Metadata.Name == gateway.Name);
        if (served is null)
        {
            throw new DevModeException(gateway is null
                ? $"{folder} holds no Gateway to serve."
                : $"{folder} holds no Gateway {gateway.Namespace}/{gateway.Name}.");
        }

        var requests = resources.HttpRoutes
            .OrderBy(route => route.Metadata.Namespace, StringComparer.Ordinal)
            .ThenBy(route => route.Metadata.Name, StringComparer.Ordinal)
            .SelectMany(route => route.Spec.Hostnames
                .Where(host => !host.StartsWith('*'))
                .SelectMany(host => route.Spec.Rules
                    .SelectMany(rule => rule.Matches)
                    .Select(match => new SampleRequest(host, match.Path.Value))))
            .Distinct()
            .Take(MaxSamples)
            .ToList();
        return new FolderOverview(
            new NamespacedName { Namespace = served.Metadata.Namespace, Name = served.Metadata.Name },
            [.. served.Spec.Listeners.Select(listener => new GatewayListener(listener.Name, listener.Port, listener.Protocol))],
            requests);
    }
}
