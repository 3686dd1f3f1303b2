using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Listeners;

public sealed class L4ProxyTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;

    public async ValueTask InitializeAsync() => _node = await NodeUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task tcp_bytes_reach_the_backend_and_come_back_until_the_client_closes()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var backend = new TcpEchoServer();
        await _node.ApplyAsync(new TableBuilder().Tcp("tcp", 81).Cluster("raw", ClusterProtocol.Tcp, backend.Port).L4("tcp", [], To("raw")).Build());
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _node.LocalPort(81), cancellation);
        var stream = client.GetStream();

        await stream.WriteAsync("ping over tcp"u8.ToArray(), cancellation);
        client.Client.Shutdown(SocketShutdown.Send);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var answer = await reader.ReadToEndAsync(cancellation);

        Assert.Equal(1, backend.Connections);
        Assert.Equal("ping over tcp", answer);
    }

    [Fact]
    public async Task tls_passes_through_by_sni_and_the_client_sees_the_backends_own_certificate()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var backend = await EchoBackend.StartAsync(
            "tls-backend", new EchoBackendOptions { UseHttps = true, CertificateDnsNames = ["pass.example.com"] }, cancellation);
        await _node.ApplyAsync(new TableBuilder().TlsPassthrough("tls", 444)
            .Cluster("tls", ClusterProtocol.Tcp, backend.Port)
            .L4("tls", ["pass.example.com"], To("tls"))
            .Build());
        X509Certificate2? presented = null;
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, _node.LocalPort(444), token);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                {
                    presented = X509CertificateLoader.LoadCertificate(certificate!.GetRawCertData());
                    return true;
                },
            },
        };
        using var client = new HttpClient(handler);

        using var response = await client.GetAsync(new Uri($"https://pass.example.com:{_node.LocalPort(444)}/through"), cancellation);

        var echo = await EchoResponse.ReadAsync(response, cancellation);
        Assert.Equal("pass.example.com", echo.TlsServerName);
        Assert.Equal("/through", echo.Path);
        Assert.Equal(backend.Certificate!.Thumbprint, presented?.Thumbprint);
        presented?.Dispose();
    }

    [Fact]
    public async Task a_tls_connection_whose_sni_no_route_takes_is_closed()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var backend = new TcpEchoServer();
        await _node.ApplyAsync(new TableBuilder().TlsPassthrough("tls", 444)
            .Cluster("tls", ClusterProtocol.Tcp, backend.Port)
            .L4("tls", ["pass.example.com"], To("tls"))
            .Build());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _node.LocalPort(444), cancellation);
        await using var tls = new SslStream(tcp.GetStream());

        var exception = await Record.ExceptionAsync(() =>
            tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "other.example.com" }, cancellation));

        Assert.True(exception is IOException or AuthenticationException, $"unexpected {exception}");
        Assert.Equal(0, backend.Connections);
    }
}
