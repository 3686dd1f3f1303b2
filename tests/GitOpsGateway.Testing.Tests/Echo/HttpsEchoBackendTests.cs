using System.Net;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Testing.Tests.Echo;

public sealed class HttpsEchoBackendTests
{
    [Fact]
    public async Task https_backend_reports_the_sni_name_and_negotiates_http2()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var backend = await EchoBackend.StartAsync(
            "secure", new EchoBackendOptions { UseHttps = true, CertificateDnsNames = ["api.example.test"] }, cancellation);
        var thumbprint = backend.Certificate!.Thumbprint;
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                await socket.ConnectAsync(IPAddress.Loopback, backend.Port, token);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint;
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"https://api.example.test:{backend.Port}/tls"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(request, cancellation);
        var echo = await EchoResponse.ReadAsync(response, cancellation);

        Assert.Equal("https", backend.Url.Scheme);
        Assert.Equal("api.example.test", echo.TlsServerName);
        Assert.Equal("HTTP/2", echo.Protocol);
        Assert.Equal($"api.example.test:{backend.Port}", echo.Host);
    }
}
