namespace GitOpsGateway.RouteTables.Clusters;

/// <summary>How the node talks to a cluster's endpoints (from the Service port's appProtocol and BackendTLSPolicy).</summary>
public enum ClusterProtocol
{
    Http1,

    /// <summary>HTTP/2 without TLS (prior knowledge).</summary>
    H2c,

    /// <summary>HTTP/2 over TLS; <see cref="Cluster.Tls"/> is set.</summary>
    H2,

    WebSocket,

    /// <summary>gRPC over HTTP/2 without TLS unless <see cref="Cluster.Tls"/> is set.</summary>
    Grpc,

    Tcp,

    Udp,
}
