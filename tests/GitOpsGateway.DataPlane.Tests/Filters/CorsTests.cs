using System.Net;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Filters;

public sealed class CorsTests : IAsyncLifetime
{
    private static readonly CorsFilter Policy = new()
    {
        AllowOrigins = ["https://app.example.com", "https://*.tools.example.com"],
        AllowMethods = ["GET", "PUT"],
        AllowHeaders = ["x-api-key"],
        ExposeHeaders = ["x-request-id"],
        MaxAgeSeconds = 600,
        AllowCredentials = true,
    };

    private NodeUnderTest _node = null!;
    private EchoBackend _echo = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();
        _echo = await EchoBackend.StartAsync("echo", cancellationToken: TestContext.Current.CancellationToken);

        // The rule only matches PUT: the preflight (an OPTIONS request) is answered by the rule it asks about.
        var rule = Prefix("/api", To("c")) with { Filters = [Policy] };
        rule = rule with { Match = rule.Match with { Method = "PUT" } };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo).Rule(rule).Build());
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _echo.DisposeAsync();
    }

    [Fact]
    public async Task a_preflight_from_an_allowed_origin_is_answered_by_the_node()
    {
        using var response = await PreflightAsync("https://app.example.com");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("https://app.example.com", Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET, PUT", Single(response, "Access-Control-Allow-Methods"));
        Assert.Equal("x-api-key", Single(response, "Access-Control-Allow-Headers"));
        Assert.Equal("true", Single(response, "Access-Control-Allow-Credentials"));
        Assert.Equal("600", Single(response, "Access-Control-Max-Age"));
        Assert.Equal("x-request-id", Single(response, "Access-Control-Expose-Headers"));
        Assert.Equal(0, _echo.RequestCount);
    }

    [Fact]
    public async Task a_wildcard_origin_allows_its_subdomains()
    {
        using var response = await PreflightAsync("https://a.b.tools.example.com");

        Assert.Equal("https://a.b.tools.example.com", Single(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task a_preflight_from_another_origin_gets_no_allow_origin()
    {
        using var response = await PreflightAsync("https://evil.example.net");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(0, _echo.RequestCount);
    }

    [Fact]
    public async Task an_actual_request_from_an_allowed_origin_gets_allow_origin_credentials_and_expose_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, _node.Url("/api/items")) { Content = new StringContent("{}") };
        request.Headers.Add("Origin", "https://app.example.com");

        using var response = await _node.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://app.example.com", Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Single(response, "Access-Control-Allow-Credentials"));
        Assert.Equal("x-request-id", Single(response, "Access-Control-Expose-Headers"));
        Assert.Equal(1, _echo.RequestCount);
    }

    private Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, _node.Url("/api/items"));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        return _node.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        string.Join(", ", response.Headers.TryGetValues(header, out var values) ? values : []);
}
