using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.DataPlane.Tls;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Testing.Echo;
using Microsoft.Extensions.DependencyInjection;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Tls;

public sealed class HttpsListenerTests : IAsyncLifetime
{
    private static readonly NamespacedName SecretA = new() { Namespace = "infra", Name = "a-cert" };
    private static readonly NamespacedName SecretB = new() { Namespace = "infra", Name = "b-cert" };

    private readonly string _secrets = Directory.CreateTempSubdirectory("dataplane-secrets-").FullName;
    private NodeUnderTest _node = null!;
    private EchoBackend _a = null!;
    private EchoBackend _b = null!;

    public async ValueTask InitializeAsync()
    {
        // One Secret from the mounted-secrets directory, the other from manifests handed over in memory.
        TestCertificates.WriteSecret(_secrets, SecretA.Namespace, SecretA.Name, TestCertificates.Create("a.example.com"));
        var manifests = new ManifestSecretSource();
        var pairB = TestCertificates.Create("b.example.com");
        manifests.Set(SecretB, System.Text.Encoding.ASCII.GetBytes(pairB.CertificatePem), System.Text.Encoding.ASCII.GetBytes(pairB.PrivateKeyPem));
        _node = await NodeUnderTest.StartAsync(
            services => services.AddSingleton<ISecretSource>(manifests),
            options => options with { SecretDirectory = _secrets });
        _a = await EchoBackend.StartAsync("a", cancellationToken: TestContext.Current.CancellationToken);
        _b = await EchoBackend.StartAsync("b", cancellationToken: TestContext.Current.CancellationToken);
        var outcome = await _node.ApplyAsync(new TableBuilder()
            .Https("a", 443, "a.example.com", SecretA)
            .Https("b", 443, "b.example.com", SecretB)
            .Cluster("ca", _a).Cluster("cb", _b)
            .Rule("a", "a.example.com", Prefix("/", To("ca")))
            .Rule("b", "b.example.com", Prefix("/", To("cb")))
            .Build());
        Assert.Empty(outcome.Errors);
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        Directory.Delete(_secrets, recursive: true);
    }

    [Theory]
    [InlineData("a.example.com", "a")]
    [InlineData("b.example.com", "b")]
    public async Task the_certificate_and_the_listener_are_chosen_by_sni(string serverName, string backend)
    {
        var (status, subject, response) = await RawHttps.GetAsync(_node.LocalPort(443), serverName, serverName, "/hello");

        Assert.Equal(200, status);
        Assert.Equal(serverName, subject);
        Assert.Contains($"\"backend\":\"{backend}\"", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_host_of_another_listener_than_the_sni_is_misdirected_421()
    {
        var (status, subject, _) = await RawHttps.GetAsync(_node.LocalPort(443), "a.example.com", "b.example.com", "/");

        Assert.Equal(421, status);
        Assert.Equal("a.example.com", subject);
        Assert.Equal(0, _b.RequestCount);
    }

    [Fact]
    public async Task an_sni_no_listener_serves_fails_the_handshake()
    {
        var exception = await Record.ExceptionAsync(() => RawHttps.GetAsync(_node.LocalPort(443), "c.example.com", "c.example.com", "/"));

        Assert.True(exception is AuthenticationException or IOException, $"unexpected {exception}");
    }

    [Fact]
    public async Task http2_is_negotiated_through_alpn()
    {
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellation) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, _node.LocalPort(443), cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        };
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"https://b.example.com:{_node.LocalPort(443)}/h2")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpVersion.Version20, response.Version);
        var echo = await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken);
        Assert.Equal("b", echo.Backend);
        Assert.StartsWith("b.example.com", echo.Host, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_listener_whose_secret_is_missing_is_reported_without_refusing_the_table()
    {
        var missing = new NamespacedName { Namespace = "infra", Name = "absent" };
        var outcome = await _node.ApplyAsync(new TableBuilder()
            .Https("a", 443, "a.example.com", SecretA)
            .Https("c", 443, "c.example.com", missing)
            .Cluster("ca", _a)
            .Rule("a", "a.example.com", Prefix("/", To("ca")))
            .Build());

        var (status, _, _) = await RawHttps.GetAsync(_node.LocalPort(443), "a.example.com", "a.example.com", "/");

        Assert.True(outcome.Applied);
        Assert.Contains(outcome.Errors, error => error.Contains("infra/absent not found", StringComparison.Ordinal));
        Assert.Equal(200, status);
    }
}
