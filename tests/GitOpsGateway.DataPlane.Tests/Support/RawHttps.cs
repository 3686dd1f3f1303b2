using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>
/// One HTTP/1.1 request over TLS where the SNI and the Host header are chosen separately, as a client reusing a
/// connection across hostnames would send them; HttpClient always derives one from the other.
/// </summary>
internal static class RawHttps
{
    public static async Task<(int Status, string Subject, string Response)> GetAsync(int port, string serverName, string host, string path)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port, cancellation);
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, (_, _, _, _) => true);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = serverName,
            ApplicationProtocols = [SslApplicationProtocol.Http11],
        }, cancellation);
        using var certificate = X509CertificateLoader.LoadCertificate(tls.RemoteCertificate!.GetRawCertData());
        var request = $"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n";
        await tls.WriteAsync(Encoding.ASCII.GetBytes(request), cancellation);
        using var reader = new StreamReader(tls, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(cancellation);
        var status = int.Parse(response.AsSpan(9, 3), CultureInfo.InvariantCulture);
        return (status, certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false), response);
    }
}
