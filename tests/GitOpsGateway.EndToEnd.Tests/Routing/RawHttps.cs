using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>
/// One HTTP/1.1 request over TLS whose SNI and Host header differ, which <see cref="HttpClient"/> cannot send (it
/// takes the SNI from the Host header).
/// </summary>
internal static class RawHttps
{
    /// <returns>The response's status code and the subject of the certificate the server presented.</returns>
    public static async Task<(int Status, string Subject)> GetAsync(int port, string serverName, string host, string path, CancellationToken cancellationToken)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: false));
        await tls.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions
            {
                TargetHost = serverName,
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
                ApplicationProtocols = [SslApplicationProtocol.Http11],
            },
            cancellationToken);
        await tls.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"), cancellationToken);
        using var reader = new StreamReader(tls, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(cancellationToken) ?? string.Empty;
        var parts = statusLine.Split(' ', 3);
        var status = parts.Length >= 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;
        return (status, tls.RemoteCertificate?.Subject ?? string.Empty);
    }
}
