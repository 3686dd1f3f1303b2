using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using GitOpsGateway.RouteTables.Clusters;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace GitOpsGateway.DataPlane.Clusters;

/// <summary>
/// Maps IR clusters to YARP clusters. The YARP id is the IR id plus a hash of the cluster's content: a cluster
/// whose endpoints change between two tables becomes a different YARP cluster, so a request still running on the
/// old table keeps the old endpoints while requests on the new table use the new ones.
/// </summary>
internal static class YarpClusterBuilder
{
    /// <summary>The cluster of the one catch-all route; it has no destinations and never serves a request.</summary>
    public const string PlaceholderClusterId = "gitops-gateway/placeholder";

    private static readonly ForwarderRequestConfig Http1 = new()
    {
        Version = HttpVersion.Version11,
        VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
    };

    private static readonly ForwarderRequestConfig Http2PriorKnowledge = new()
    {
        Version = HttpVersion.Version20,
        VersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    private static readonly ForwarderRequestConfig Http2OverTls = new()
    {
        Version = HttpVersion.Version20,
        VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
    };

    public static ClusterConfig Placeholder { get; } = new() { ClusterId = PlaceholderClusterId };

    public static ClusterConfig Build(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var scheme = cluster.Tls is null ? "http" : "https";
        var destinations = new Dictionary<string, DestinationConfig>(cluster.Endpoints.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in cluster.Endpoints)
        {
            var address = endpoint.ToString();
            destinations.TryAdd(address, new DestinationConfig { Address = $"{scheme}://{address}" });
        }

        return new ClusterConfig
        {
            ClusterId = $"{cluster.Id}#{ContentHash(cluster)}",
            Destinations = destinations,
            HttpRequest = RequestConfigFor(cluster),
        };
    }

    private static ForwarderRequestConfig RequestConfigFor(Cluster cluster) => cluster.Protocol switch
    {
        ClusterProtocol.H2c => Http2PriorKnowledge,
        ClusterProtocol.Grpc when cluster.Tls is null => Http2PriorKnowledge,
        ClusterProtocol.H2 or ClusterProtocol.Grpc => Http2OverTls,
        _ => Http1,
    };

    private static string ContentHash(Cluster cluster)
    {
        var text = new StringBuilder();
        text.Append(cluster.Protocol).Append('|').Append(cluster.Resolution).Append('|').Append(cluster.DnsName).Append('|');
        foreach (var endpoint in cluster.Endpoints)
        {
            text.Append(endpoint).Append(',');
        }

        if (cluster.Tls is { } tls)
        {
            text.Append('|').Append(tls.ServerName).Append('|').Append(tls.UseSystemCertificates.ToString(CultureInfo.InvariantCulture));
            foreach (var reference in tls.CaCertificateRefs)
            {
                text.Append(',').Append(reference);
            }
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), hash);
        return Convert.ToHexStringLower(hash[..6]);
    }
}
