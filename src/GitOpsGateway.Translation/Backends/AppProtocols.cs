using GitOpsGateway.RouteTables.Clusters;

namespace GitOpsGateway.Translation.Backends;

/// <summary>
/// Maps a Service port's appProtocol to how the node talks to it. HTTP routes speak HTTP/1.1 unless the port
/// says <c>kubernetes.io/h2c</c> (prior-knowledge HTTP/2) or <c>kubernetes.io/ws</c> (WebSocket); gRPC routes
/// need HTTP/2 and accept no HTTP/1-only protocol; L4 routes forward bytes whatever the appProtocol says. TLS
/// towards backends needs a BackendTLSPolicy, which this controller does not implement, so <c>https</c> is refused.
/// </summary>
internal static class AppProtocols
{
    public const string H2c = "kubernetes.io/h2c";
    public const string WebSocket = "kubernetes.io/ws";

    public static ClusterProtocol? For(BackendUse use, string? appProtocol) => use switch
    {
        BackendUse.Http => appProtocol switch
        {
            null or "" or "http" or "HTTP" => ClusterProtocol.Http1,
            H2c => ClusterProtocol.H2c,
            WebSocket => ClusterProtocol.WebSocket,
            _ => null,
        },
        BackendUse.Grpc => appProtocol switch
        {
            null or "" or "grpc" or "h2c" or H2c => ClusterProtocol.Grpc,
            _ => null,
        },
        BackendUse.Tcp => ClusterProtocol.Tcp,
        BackendUse.Udp => ClusterProtocol.Udp,
        _ => throw new ArgumentOutOfRangeException(nameof(use), use, "Unknown backend use."),
    };

    /// <summary>The Service port protocol (TCP, UDP, SCTP) a use needs.</summary>
    public static string TransportFor(BackendUse use) => use == BackendUse.Udp ? "UDP" : "TCP";
}
