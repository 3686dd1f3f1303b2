using System.Security.Cryptography.X509Certificates;

namespace GitOpsGateway.Testing.Echo;

/// <summary>How an <see cref="EchoBackend"/> listens. By default: cleartext HTTP/1.1 and h2c on one port.</summary>
public sealed record EchoBackendOptions
{
    /// <summary>Serve TLS instead of cleartext (HTTP/1.1 and HTTP/2 through ALPN).</summary>
    public bool UseHttps { get; init; }

    /// <summary>Names the generated self-signed certificate is valid for (127.0.0.1 and ::1 always are).</summary>
    public IReadOnlyList<string> CertificateDnsNames { get; init; } = ["localhost"];

    /// <summary>
    /// Keep every request in <see cref="EchoBackend.Received"/>. Turn off for load tests, where the record would
    /// grow without bound; the counter still counts.
    /// </summary>
    public bool RecordRequests { get; init; } = true;

    /// <summary>A certificate with private key to serve instead of a generated one; the caller keeps ownership.</summary>
    public X509Certificate2? Certificate { get; init; }
}
