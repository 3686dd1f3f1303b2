using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.DataPlane.Tls;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Testing.Echo;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task tls_terminated_by_the_node_carries_the_plain_stream_to_the_backend()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var secret = new NamespacedName { Namespace = "infra", Name = "term-cert" };
        var secrets = new ManifestSecretSource();
        var pair = TestCertificates.Create("term.example.com");
        secrets.Set(secret, Encoding.ASCII.GetBytes(pair.CertificatePem), Encoding.ASCII.GetBytes(pair.PrivateKeyPem));
        await using var node = await NodeUnderTest.StartAsync(services => services.AddSingleton<ISecretSource>(secrets));
        await using var backend = new TcpEchoServer();
        var outcome = await node.ApplyAsync(new TableBuilder().TlsTerminate("term", 444, "*.example.com", secret)
            .Cluster("plain", ClusterProtocol.Tcp, backend.Port)
            .L4("term", ["term.example.com"], To("plain"))
            .Build());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, node.LocalPort(444), cancellation);
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, (_, _, _, _) => true);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "term.example.com" }, cancellation);

        await tls.WriteAsync("plain after tls"u8.ToArray(), cancellation);
        var buffer = new byte[64];
        var read = 0;
        while (read < 15)
        {
            read += await tls.ReadAsync(buffer.AsMemory(read), cancellation);
        }

        using var certificate = X509CertificateLoader.LoadCertificate(tls.RemoteCertificate!.GetRawCertData());
        Assert.Empty(outcome.Errors);
        Assert.Equal("plain after tls", Encoding.ASCII.GetString(buffer, 0, read));
        Assert.Equal("term.example.com", certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false));
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
