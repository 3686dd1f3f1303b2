using System.Net;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Pipeline;

public sealed class CleartextHttp2Tests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;
    private EchoBackend _backend = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();
        _backend = await EchoBackend.StartAsync("h2c", cancellationToken: TestContext.Current.CancellationToken);
        await _node.ApplyAsync(new TableBuilder().Http()
            .Cluster("plain", _backend)
            .Cluster("grpc", _backend, ClusterProtocol.Grpc)
            .Rule(GrpcMethod("echo.Echo", "Say", To("grpc")))
            .Rule(Prefix("/", To("plain")))
            .Build());
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _backend.DisposeAsync();
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("1.1")]
    public async Task http2_with_prior_knowledge_and_http1_are_both_served_on_the_cleartext_port(string version)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var client = new HttpClient(new SocketsHttpHandler());
        using var request = new HttpRequestMessage(HttpMethod.Get, _node.Url($"/over/{version}"))
        {
            Version = Version.Parse(version),
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(request, cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Version.Parse(version), response.Version);
        var echo = await EchoResponse.ReadAsync(response, cancellation);
        Assert.Equal($"/over/{version}", echo.Path);
    }

    [Fact]
    public async Task http2_and_http1_connections_alternate_on_one_port_without_confusing_each_other()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var h2 = new HttpClient(new SocketsHttpHandler())
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var h1 = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 });

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async index =>
        {
            using var response = await (index % 2 == 0 ? h2 : h1).GetAsync(_node.Url($"/mixed/{index}"), cancellation);
            return (index, response.Version, (await EchoResponse.ReadAsync(response, cancellation)).Path);
        }));

        Assert.All(responses, answer =>
        {
            Assert.Equal(answer.index % 2 == 0 ? HttpVersion.Version20 : HttpVersion.Version11, answer.Version);
            Assert.Equal($"/mixed/{answer.index}", answer.Path);
        });
    }

    [Fact]
    public async Task a_grpc_call_over_h2c_reaches_its_grpcroute_backend_over_http2()
    {
        using var client = new RawGrpcClient(_node.LocalPort(80));

        // The echo backend is no gRPC server: the call fails at the client, after the backend saw it.
        await client.CallAsync("echo.Echo", "Say");

        var seen = await _backend.WaitForPathAsync("/echo.Echo/Say", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal("HTTP/2", seen.Protocol);
        Assert.Equal("POST", seen.Method);
        Assert.StartsWith("application/grpc", seen.Header("content-type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_grpc_call_through_the_node_gets_its_backends_reply_and_ok_status_from_the_trailers()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var grpcBackend = await GrpcEchoServer.StartAsync(cancellation);
        await using var node = await NodeUnderTest.StartAsync();
        await node.ApplyAsync(new TableBuilder().Http()
            .Cluster("grpc", ClusterProtocol.Grpc, grpcBackend.Port)
            .Rule(GrpcMethod("echo.Echo", "Say", To("grpc")))
            .Build());
        using var client = new RawGrpcClient(node.LocalPort(80));

        var (status, reply) = await client.ExchangeAsync("echo.Echo", "Say", [7, 8, 9]);

        Assert.Equal(Grpc.Core.StatusCode.OK, status.StatusCode);
        Assert.Equal([7, 8, 9], reply);
    }
}
