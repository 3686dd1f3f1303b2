using System.Net.Security;
using System.Security.Authentication;
using GitOpsGateway.DataPlane.Snapshots;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace GitOpsGateway.DataPlane.Tls;

/// <summary>
/// Chooses the certificate of a TLS handshake by SNI from the current table: the HTTPS (or terminating TLS)
/// listener of the port whose hostname matches the server name most specifically. On HTTPS ports HTTP/2 is
/// offered through ALPN before HTTP/1.1.
/// </summary>
internal sealed class TlsHandshake(SnapshotHolder snapshots)
{
    private static readonly List<SslApplicationProtocol> Protocols = [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11];

    public ValueTask<SslServerAuthenticationOptions> SelectAsync(int listenerPort, TlsHandshakeCallbackContext context)
    {
        var serverName = context.ClientHelloInfo.ServerName;
        var snapshot = snapshots.Current
            ?? throw new AuthenticationException("No route table has been applied yet.");
        var listener = snapshot.Router.HttpsListenerFor(listenerPort, serverName)
            ?? throw new AuthenticationException($"No HTTPS listener on port {listenerPort} serves '{serverName}'.");
        var certificate = snapshot.Certificates.For(listener.Name)
            ?? throw new AuthenticationException($"Listener '{listener.Name}' has no usable certificate.");
        return ValueTask.FromResult(new SslServerAuthenticationOptions
        {
            ServerCertificateContext = certificate,
            ApplicationProtocols = Protocols,
        });
    }

    /// <summary>For a TLS listener in Terminate mode: the certificate only, no ALPN (the stream is not HTTP).</summary>
    public ValueTask<SslServerAuthenticationOptions> SelectTerminatingAsync(int listenerPort, TlsHandshakeCallbackContext context)
    {
        var serverName = context.ClientHelloInfo.ServerName;
        var snapshot = snapshots.Current
            ?? throw new AuthenticationException("No route table has been applied yet.");
        var listener = snapshot.TerminatingTls.For(listenerPort, serverName)
            ?? throw new AuthenticationException($"No TLS listener on port {listenerPort} serves '{serverName}'.");
        var certificate = snapshot.Certificates.For(listener.Name)
            ?? throw new AuthenticationException($"Listener '{listener.Name}' has no usable certificate.");
        return ValueTask.FromResult(new SslServerAuthenticationOptions { ServerCertificateContext = certificate });
    }
}
