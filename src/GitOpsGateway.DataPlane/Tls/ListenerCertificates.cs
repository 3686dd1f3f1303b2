using System.Net.Security;

namespace GitOpsGateway.DataPlane.Tls;

/// <summary>The certificate each HTTPS listener of one table answers TLS handshakes with, by listener name.</summary>
internal sealed class ListenerCertificates(IReadOnlyDictionary<string, SslStreamCertificateContext> byListener)
{
    public static ListenerCertificates None { get; } = new(new Dictionary<string, SslStreamCertificateContext>());

    public SslStreamCertificateContext? For(string listenerName) => byListener.GetValueOrDefault(listenerName);

    public int Count => byListener.Count;
}
