using System.Globalization;

namespace GitOpsGateway.Audit.References;

/// <summary>
/// The Service behind a cluster id. The compiler names clusters after the Service port they reach
/// (<c>ns/name:port</c>, with <c>/grpc</c>, <c>/tcp</c> or <c>/udp</c> when used another way); the IR has no
/// other link back to the Service.
/// </summary>
internal static class ClusterServices
{
    public static bool TryParse(string clusterId, out string service, out int port)
    {
        service = string.Empty;
        port = 0;
        var colon = clusterId.LastIndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var name = clusterId[..colon];
        var rest = clusterId[(colon + 1)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var portText = slash < 0 ? rest : rest[..slash];
        if (name.Count(character => character == '/') != 1 || name.StartsWith('/') || name.EndsWith('/')
            || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port))
        {
            return false;
        }

        service = name;
        return true;
    }
}
