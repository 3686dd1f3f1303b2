using System.Net;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Http;
using Grpc.Core;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Pipeline;

public sealed class GrpcStatusTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();

        // As the compiler writes a GRPCRoute rule whose backendRefs all failed to resolve, and a hand-made rule
        // whose only backend is invalid (the router's "share of an invalid backend").
        var noValidBackend = GrpcMethod("shop.Cart", "Add", Invalid()) with
        {
            FixedResponse = new FixedResponse { StatusCode = 503, Reason = "no backendRef could be resolved" },
        };
        await _node.ApplyAsync(new TableBuilder().Http()
            .Rule(noValidBackend)
            .Rule(GrpcMethod("shop.Cart", "Remove", Invalid()))
            .Build());
    }

    public async ValueTask DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task a_grpc_call_to_a_rule_without_valid_backends_fails_with_unavailable()
    {
        using var client = new RawGrpcClient(_node.LocalPort(80));

        var status = await client.CallAsync("shop.Cart", "Add");

        Assert.Equal(StatusCode.Unavailable, status.StatusCode);
        Assert.Equal("no valid backend for this route", status.Detail);
    }

    [Fact]
    public async Task a_grpc_call_picking_an_invalid_backend_fails_with_unavailable()
    {
        using var client = new RawGrpcClient(_node.LocalPort(80));

        var status = await client.CallAsync("shop.Cart", "Remove");

        Assert.Equal(StatusCode.Unavailable, status.StatusCode);
    }

    [Fact]
    public async Task a_grpc_call_no_route_matches_fails_with_unimplemented()
    {
        using var client = new RawGrpcClient(_node.LocalPort(80));

        var status = await client.CallAsync("shop.Cart", "Checkout");

        Assert.Equal(StatusCode.Unimplemented, status.StatusCode);
    }

    [Fact]
    public async Task the_grpc_status_comes_in_the_trailers_only_form()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var client = new HttpClient(new SocketsHttpHandler());
        using var request = new HttpRequestMessage(HttpMethod.Post, _node.Url("/shop.Cart/Add"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");

        using var response = await client.SendAsync(request, cancellation);
        var body = await response.Content.ReadAsByteArrayAsync(cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/grpc", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["14"], response.Headers.GetValues("grpc-status"));
        Assert.Empty(body);
        Assert.Empty(response.TrailingHeaders);
    }

    [Fact]
    public async Task a_plain_http_request_no_route_matches_still_gets_404()
    {
        using var response = await _node.GetAsync("/shop.Cart/Checkout");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
