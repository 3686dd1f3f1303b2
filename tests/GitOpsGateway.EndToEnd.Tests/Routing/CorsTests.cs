using System.Net;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>The CORS filter of <c>cors.test</c>: preflights answered by the node, actual requests decorated.</summary>
[Collection(RoutingCollection.Name)]
public sealed class CorsTests(RoutingCluster cluster)
{
    private const string Origin = "https://app.example.com";

    [Fact]
    public async Task a_preflight_from_an_allowed_origin_is_answered_by_the_node_with_the_policy()
    {
        var path = "/preflight-" + Guid.NewGuid().ToString("N");

        using var response = await PreflightAsync(path, Origin);

        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal(Origin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET, PUT", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal("x-api-key", Header(response, "Access-Control-Allow-Headers"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
        Assert.DoesNotContain(cluster.Main.Received, request => request.Path == path);
    }

    [Fact]
    public async Task a_preflight_from_another_origin_gets_no_allow_origin()
    {
        using var response = await PreflightAsync("/preflight", "https://evil.example.net");

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task a_simple_request_from_an_allowed_origin_reaches_the_backend_and_gets_the_cors_headers()
    {
        var path = "/simple-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://cors.test" + path));
        request.Headers.Add("Origin", Origin);

        using var response = await cluster.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Origin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
        Assert.Equal("x-request-id", Header(response, "Access-Control-Expose-Headers"));
        Assert.Contains(cluster.Main.Received, seen => seen.Path == path && seen.Header("Origin") == Origin);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("http://cors.test" + path));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        return await cluster.Client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
