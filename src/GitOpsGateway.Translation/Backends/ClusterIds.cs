using System.Globalization;

namespace GitOpsGateway.Translation.Backends;

/// <summary>
/// Cluster ids name the Service port: <c>ns/name:port</c> for HTTP backends, with a suffix when the same port is
/// used another way (<c>/grpc</c>, <c>/tcp</c>, <c>/udp</c>), since the protocol is part of the cluster.
/// </summary>
internal static class ClusterIds
{
    public static string For(string namespacedName, int port, BackendUse use)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{namespacedName}:{port}");
        return use == BackendUse.Http ? id : $"{id}/{use.ToString().ToLowerInvariant()}";
    }
}
