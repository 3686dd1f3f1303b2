using System.Net;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Filters;

/// <summary>
/// The routes and cases of the upstream v1.6 HTTPRouteCORS conformance test, through a real node and backend. Where
/// the suite accepts several answers it does here too, and like the suite it ignores whitespace in list values.
/// </summary>
public sealed class CorsConformanceTests : IAsyncLifetime
{
    private static readonly Dictionary<string, CorsCase> Cases = new CorsCase[]
    {
        new("preflight from an exact origin lists every configured method, header and exposed header", "OPTIONS", "/cors-1",
            Request(("Origin", "https://www.foo.com"), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "x-header-1, x-header-2")),
            [200, 204], Valid(
                ("Access-Control-Allow-Origin", ["https://www.foo.com"]),
                ("Access-Control-Allow-Methods", ["GET,OPTIONS", "OPTIONS,GET"]),
                ("Access-Control-Allow-Headers", ["x-header-1,x-header-2", "x-header-2,x-header-1"]),
                ("Access-Control-Expose-Headers", ["x-header-3,x-header-4", "x-header-4,x-header-3"]),
                ("Access-Control-Max-Age", ["3600"]),
                ("Access-Control-Allow-Credentials", ["true"])), []),
        new("preflight from an origin matching a wildcard is echoed", "OPTIONS", "/cors-1",
            Request(("Origin", "https://www.bar.com"), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "x-header-1, x-header-2")),
            [200, 204], Valid(
                ("Access-Control-Allow-Origin", ["https://www.bar.com"]),
                ("Access-Control-Expose-Headers", ["x-header-3,x-header-4", "x-header-4,x-header-3"]),
                ("Access-Control-Allow-Credentials", ["true"])), []),
        new("the wildcard spans any number of labels", "OPTIONS", "/cors-1",
            Request(("Origin", "https://xpto.www.bar.com"), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "x-header-1, x-header-2")),
            [200, 204], Valid(
                ("Access-Control-Allow-Origin", ["https://xpto.www.bar.com"]),
                ("Access-Control-Expose-Headers", ["x-header-3,x-header-4", "x-header-4,x-header-3"]),
                ("Access-Control-Max-Age", ["3600"])), []),
        new("preflight from another origin gets no allow-origin", "OPTIONS", "/cors-1",
            Request(("Origin", "https://foobar.com"), ("Access-Control-Request-Method", "GET")),
            [200, 204, 403], Valid(), ["Access-Control-Allow-Origin"]),
        new("a simple request from an exact origin is allowed", "GET", "/cors-1",
            Request(("Origin", "https://www.foo.com"), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "x-header-1, x-header-2")),
            [200], Valid(("Access-Control-Allow-Origin", ["https://www.foo.com"])), [], ReachesBackend: true),
        new("a simple request from a wildcard origin is allowed", "GET", "/cors-1",
            Request(("Origin", "https://www.bar.com"), ("Access-Control-Request-Method", "GET")),
            [200], Valid(("Access-Control-Allow-Origin", ["https://www.bar.com"])), [], ReachesBackend: true),
        new("a simple request from another origin gets no allow-origin", "GET", "/cors-1",
            Request(("Origin", "https://foobar.com"), ("Access-Control-Request-Method", "GET")),
            [200], Valid(), ["Access-Control-Allow-Origin"], ReachesBackend: true),
        new("wildcard methods without credentials allow the asked method", "OPTIONS", "/cors-2",
            Request(("Origin", "https://www.foo.com"), ("Access-Control-Request-Method", "POST")),
            [200, 204], Valid(("Access-Control-Allow-Methods", ["POST", "*"]), ("Access-Control-Allow-Origin", ["https://www.foo.com"])),
            ["Access-Control-Allow-Credentials"]),
        new("a wildcard origin answers star or the origin on preflight", "OPTIONS", "/cors-wildcard-origin",
            Request(("Origin", "https://foobar.com"), ("Access-Control-Request-Method", "PUT")),
            [200, 204], Valid(("Access-Control-Allow-Origin", ["https://foobar.com", "*"]), ("Access-Control-Allow-Methods", ["PUT"])),
            ["Access-Control-Allow-Credentials"]),
        new("a wildcard origin with a port answers star or the origin on preflight", "OPTIONS", "/cors-wildcard-origin",
            Request(("Origin", "https://foobar.com:12345"), ("Access-Control-Request-Method", "PUT")),
            [200, 204], Valid(("Access-Control-Allow-Origin", ["https://foobar.com:12345", "*"]), ("Access-Control-Allow-Methods", ["PUT"])),
            ["Access-Control-Allow-Credentials"]),
        new("a wildcard origin with a port answers star or the origin on an actual request", "PUT", "/cors-wildcard-origin",
            Request(("Origin", "https://foobar.com:12345")),
            [200], Valid(("Access-Control-Allow-Origin", ["https://foobar.com:12345", "*"])), ["Access-Control-Allow-Credentials"], ReachesBackend: true),
        new("with credentials wildcard methods and headers echo what the preflight asked", "OPTIONS", "/cors-wildcard-methods-headers",
            Request(("Origin", "https://other.foo.com"), ("Access-Control-Request-Method", "PUT"), ("Access-Control-Request-Headers", "x-header-1, x-header-2")),
            [200, 204], Valid(
                ("Access-Control-Allow-Origin", ["https://other.foo.com"]),
                ("Access-Control-Allow-Methods", ["PUT"]),
                ("Access-Control-Allow-Headers", ["x-header-1,x-header-2", "x-header-2,x-header-1"]),
                ("Access-Control-Allow-Credentials", ["true"])), []),
        new("without credentials wildcard methods and headers may answer star", "OPTIONS", "/cors-wildcard-methods-headers-unauth",
            Request(("Origin", "https://other.foo.com"), ("Access-Control-Request-Method", "PUT"), ("Access-Control-Request-Headers", "x-header-1, x-header-2")),
            [200, 204], Valid(
                ("Access-Control-Allow-Origin", ["https://other.foo.com", "*"]),
                ("Access-Control-Allow-Methods", ["PUT", "*"]),
                ("Access-Control-Allow-Headers", ["x-header-1,x-header-2", "x-header-2,x-header-1", "*"])),
            ["Access-Control-Allow-Credentials"]),
        new("an actual request with credentials echoes the origin and allows credentials", "GET", "/cors-wildcard-methods-headers",
            Request(("Origin", "https://other.foo.com")),
            [200], Valid(("Access-Control-Allow-Origin", ["https://other.foo.com"]), ("Access-Control-Allow-Credentials", ["true"])), [], ReachesBackend: true),
        new("an actual request without credentials gets no allow-credentials", "GET", "/cors-wildcard-methods-headers-unauth",
            Request(("Origin", "https://other.foo.com")),
            [200], Valid(("Access-Control-Allow-Origin", ["https://other.foo.com", "*"])), ["Access-Control-Allow-Credentials"], ReachesBackend: true),
    }.ToDictionary(@case => @case.Name);

    private NodeUnderTest _node = null!;
    private EchoBackend _echo = null!;

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();
        _echo = await EchoBackend.StartAsync("infra-backend-v1", cancellationToken: TestContext.Current.CancellationToken);
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/cors-1", To("c")) with
            {
                Filters =
                [
                    new CorsFilter
                    {
                        AllowOrigins = ["https://www.foo.com", "https://*.bar.com"],
                        AllowMethods = ["GET", "OPTIONS"],
                        AllowHeaders = ["x-header-1", "x-header-2"],
                        ExposeHeaders = ["x-header-3", "x-header-4"],
                        AllowCredentials = true,
                        MaxAgeSeconds = 3600,
                    },
                ],
            })
            .Rule(Prefix("/cors-2", To("c")) with { Filters = [new CorsFilter { AllowOrigins = ["https://www.foo.com"], AllowMethods = ["*"] }] })
            .Rule(Prefix("/cors-wildcard-origin", To("c")) with { Filters = [new CorsFilter { AllowOrigins = ["*"], AllowMethods = ["PUT"] }] })
            .Rule(Prefix("/cors-wildcard-methods-headers", To("c")) with
            {
                Filters = [new CorsFilter { AllowOrigins = ["*"], AllowMethods = ["*"], AllowHeaders = ["*"], AllowCredentials = true }],
            })
            .Rule(Prefix("/cors-wildcard-methods-headers-unauth", To("c")) with
            {
                Filters = [new CorsFilter { AllowOrigins = ["*"], AllowMethods = ["*"], AllowHeaders = ["*"] }],
            })
            .Build());
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _echo.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task the_upstream_httproute_cors_case_passes(string name)
    {
        var @case = Cases[name];
        using var request = new HttpRequestMessage(new HttpMethod(@case.Method), _node.Url(@case.Path));
        foreach (var (header, value) in @case.Headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var response = await _node.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Contains((int)response.StatusCode, @case.Statuses);
        foreach (var (header, accepted) in @case.ValidValues)
        {
            var actual = Joined(response, header);
            Assert.True(actual is not null && accepted.Contains(actual.Replace(" ", "", StringComparison.Ordinal)),
                $"{header}: expected one of [{string.Join(" | ", accepted)}], got {actual ?? "(absent)"}");
        }

        foreach (var header in @case.Absent)
        {
            Assert.Null(Joined(response, header));
        }

        var reachedBackend = _echo.Received.Any(seen => seen.Path == @case.Path && seen.Method == @case.Method);
        Assert.Equal(@case.ReachesBackend, reachedBackend);
    }

    [Fact]
    public async Task an_actual_response_carries_the_exposed_headers_and_a_star_with_credentials_lists_the_real_ones()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var node = await NodeUnderTest.StartAsync();
        await node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/listed", To("c")) with { Filters = [new CorsFilter { AllowOrigins = ["*"], ExposeHeaders = ["x-header-3", "x-header-4"] }] })
            .Rule(Prefix("/star", To("c")) with { Filters = [new CorsFilter { AllowOrigins = ["*"], ExposeHeaders = ["*"], AllowCredentials = true }] })
            .Rule(Prefix("/star-anonymous", To("c")) with { Filters = [new CorsFilter { AllowOrigins = ["*"], ExposeHeaders = ["*"] }] })
            .Build());

        using var listed = await SendAsync(node, "/listed", "x-header-3:three", cancellation);
        using var star = await SendAsync(node, "/star", "x-header-3:three", cancellation);
        using var anonymous = await SendAsync(node, "/star-anonymous", null, cancellation);
        using var starPreflight = await node.Client.SendAsync(Preflight(node, "/star"), cancellation);

        Assert.Equal("x-header-3, x-header-4", Joined(listed, "Access-Control-Expose-Headers"));
        var exposed = Joined(star, "Access-Control-Expose-Headers")!.Split(", ");
        Assert.Contains("x-header-3", exposed, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("*", exposed);
        Assert.Equal("*", Joined(anonymous, "Access-Control-Expose-Headers"));
        Assert.Null(Joined(starPreflight, "Access-Control-Expose-Headers"));
        Assert.Equal("true", Joined(starPreflight, "Access-Control-Allow-Credentials"));
    }

    private static async Task<HttpResponseMessage> SendAsync(NodeUnderTest node, string path, string? backendSetsHeaders, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, node.Url(path));
        request.Headers.Add("Origin", "https://app.example.com");
        if (backendSetsHeaders is not null)
        {
            request.Headers.Add("X-Echo-Set-Header", backendSetsHeaders);
        }

        return await node.Client.SendAsync(request, cancellationToken);
    }

    private static HttpRequestMessage Preflight(NodeUnderTest node, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, node.Url(path));
        request.Headers.Add("Origin", "https://app.example.com");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return request;
    }

    /// <summary>A response header's lines joined by ",", as the suite's Go client reads them; null when absent.</summary>
    private static string? Joined(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
            ? string.Join(",", values)
            : null;

    private static (string Name, string Value)[] Request(params (string Name, string Value)[] headers) => headers;

    private static (string Name, string[] Accepted)[] Valid(params (string Name, string[] Accepted)[] values) => values;

    private sealed record CorsCase(
        string Name,
        string Method,
        string Path,
        (string Name, string Value)[] Headers,
        int[] Statuses,
        (string Name, string[] Accepted)[] ValidValues,
        string[] Absent,
        bool ReachesBackend = false);
}
