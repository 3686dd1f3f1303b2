namespace GitOpsGateway.Translation.Backends;

/// <summary>What a backend carries, which decides the cluster protocol and which Service ports fit.</summary>
internal enum BackendUse
{
    /// <summary>HTTPRoute backends and mirrors: HTTP/1.1, h2c or WebSocket by the port's appProtocol.</summary>
    Http,

    /// <summary>GRPCRoute backends and mirrors: gRPC over h2c.</summary>
    Grpc,

    /// <summary>TLSRoute (passthrough) and TCPRoute backends: raw TCP.</summary>
    Tcp,

    /// <summary>UDPRoute backends.</summary>
    Udp,
}
