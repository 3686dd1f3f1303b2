using System.Diagnostics;
using System.Net;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Testing.Tests.Echo;

public sealed class EchoBackendTests : IAsyncLifetime
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly HttpClient client = new();
    private EchoBackend? backend;

    private EchoBackend Backend => backend ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => backend = await EchoBackend.StartAsync("checkout-v1", cancellationToken: cancellation);

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        if (backend is not null)
        {
            await backend.DisposeAsync();
        }
    }

    [Fact]
    public async Task answer_describes_the_request_as_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(Backend.Url, "/api/v1/orders%2F7?b=2&a=1"));
        request.Headers.Add("X-Trace", ["one", "two"]);
        request.Headers.Host = "shop.example.test";

        using var response = await client.SendAsync(request, cancellation);
        var echo = await EchoResponse.ReadAsync(response, cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("checkout-v1", echo.Backend);
        Assert.Equal("PUT", echo.Method);
        Assert.Equal("/api/v1/orders%2F7", echo.Path);
        Assert.Equal("?b=2&a=1", echo.Query);
        Assert.Equal("/api/v1/orders%2F7?b=2&a=1", echo.RawTarget);
        Assert.Equal("shop.example.test", echo.Host);
        Assert.Equal(["one, two"], echo.HeaderValues("x-trace"));
        Assert.Equal("one, two", echo.Header("X-TRACE"));
        Assert.Null(echo.Header("X-Absent"));
        Assert.Equal("HTTP/1.1", echo.Protocol);
        Assert.Null(echo.TlsServerName);
        Assert.Equal(1, echo.RequestNumber);
    }

    [Theory]
    [InlineData("/status/503", HttpStatusCode.ServiceUnavailable)]
    [InlineData("/prefix/status/404", HttpStatusCode.NotFound)]
    [InlineData("/status/204", HttpStatusCode.NoContent)]
    [InlineData("/status/99", HttpStatusCode.BadRequest)]
    [InlineData("/statuses/503", HttpStatusCode.OK)]
    public async Task status_path_sets_the_response_status(string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri(Backend.Url, path), cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task delay_query_holds_the_answer_at_least_that_long()
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(Backend.Url, "/slow?delay=300ms"), cancellation);
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(300), $"answered after {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task unparsable_delay_is_a_bad_request()
    {
        using var response = await client.GetAsync(new Uri(Backend.Url, "/?delay=soon"), cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task set_header_request_header_adds_response_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Backend.Url);
        request.Headers.Add(EchoRequestHandler.SetHeaderRequestHeader, "X-Backend: blue, Cache-Control:no-store");

        using var response = await client.SendAsync(request, cancellation);

        Assert.Equal(["blue"], response.Headers.GetValues("X-Backend"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task counter_and_record_follow_every_request_in_order()
    {
        foreach (var path in new[] { "/a", "/b", "/c" })
        {
            using var response = await client.GetAsync(new Uri(Backend.Url, path), cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(3, Backend.RequestCount);
        Assert.Equal(["/a", "/b", "/c"], Backend.Received.Select(request => request.Path));
        Assert.Equal([1L, 2L, 3L], Backend.Received.Select(request => request.RequestNumber));
    }

    [Fact]
    public async Task backend_that_does_not_record_still_counts()
    {
        await using var quiet = await EchoBackend.StartAsync(
            "load-target", new EchoBackendOptions { RecordRequests = false }, cancellation);

        using var response = await client.GetAsync(quiet.Url, cancellation);

        Assert.Equal(1, (await EchoResponse.ReadAsync(response, cancellation)).RequestNumber);
        Assert.Equal(1, quiet.RequestCount);
        Assert.Empty(quiet.Received);
    }

    [Fact]
    public async Task wait_for_path_sees_requests_before_and_after_it_started_waiting()
    {
        using (var early = await client.GetAsync(new Uri(Backend.Url, "/early"), cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        }

        var earlySeen = await Backend.WaitForPathAsync("/early", TimeSpan.FromSeconds(5), cancellation);
        var lateSeen = Backend.WaitForPathAsync("/late", TimeSpan.FromSeconds(10), cancellation);
        Assert.False(lateSeen.IsCompleted);
        using var late = await client.GetAsync(new Uri(Backend.Url, "/late?delay=1s"), cancellation);

        Assert.Equal("/early", earlySeen.Path);
        Assert.Equal("?delay=1s", (await lateSeen).Query);
    }

    [Fact]
    public async Task wait_for_path_times_out_when_no_such_request_arrives()
    {
        var failure = await Assert.ThrowsAsync<TimeoutException>(
            () => Backend.WaitForPathAsync("/never", TimeSpan.FromMilliseconds(100), cancellation));

        Assert.Contains("checkout-v1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task h2c_prior_knowledge_and_http11_are_served_on_the_same_cleartext_port()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Backend.Url, "/grpc-like"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(request, cancellation);
        var echo = await EchoResponse.ReadAsync(response, cancellation);

        using var http11 = await client.GetAsync(Backend.Url, cancellation);
        var http11Echo = await EchoResponse.ReadAsync(http11, cancellation);

        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.Equal("HTTP/2", echo.Protocol);
        Assert.Equal("http", Backend.Url.Scheme);
        Assert.Equal("HTTP/1.1", http11Echo.Protocol);
    }
}
