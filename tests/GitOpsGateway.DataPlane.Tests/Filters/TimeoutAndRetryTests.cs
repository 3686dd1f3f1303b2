using System.Net;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Testing.Echo;
using Microsoft.AspNetCore.Http;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Filters;

public sealed class TimeoutAndRetryTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;
    private EchoBackend _echo = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();
        _echo = await EchoBackend.StartAsync("echo", cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _echo.DisposeAsync();
    }

    [Fact]
    public async Task a_request_timeout_answers_504_and_a_disabled_one_lets_the_slow_answer_through()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/limited", To("c")) with { Timeouts = new RouteTimeouts { Request = TimeSpan.FromMilliseconds(300) } })
            .Rule(Prefix("/disabled", To("c")) with { Timeouts = new RouteTimeouts { Request = TimeSpan.Zero } })
            .Build());

        using var limited = await _node.GetAsync("/limited?delay=2s");
        using var disabled = await _node.GetAsync("/disabled?delay=500ms");

        Assert.Equal(HttpStatusCode.GatewayTimeout, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
    }

    [Fact]
    public async Task a_backend_request_timeout_answers_504()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/", To("c")) with { Timeouts = new RouteTimeouts { BackendRequest = TimeSpan.FromSeconds(1) } })
            .Build());

        using var slow = await _node.GetAsync("/slow?delay=4s");
        using var fast = await _node.GetAsync("/fast?delay=10ms");

        Assert.Equal(HttpStatusCode.GatewayTimeout, slow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fast.StatusCode);
    }

    [Fact]
    public async Task a_503_is_retried_and_the_success_that_follows_is_answered()
    {
        await using var flaky = await ScriptedBackend.StartAsync(async (context, number) =>
        {
            context.Response.StatusCode = number <= 2 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            await context.Response.WriteAsync($"attempt {number}", context.RequestAborted);
        });
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("flaky", ClusterProtocol.Http1, flaky.Port)
            .Rule(Prefix("/", To("flaky")) with { Retry = new RetryPolicy { Codes = [503], Attempts = 2, Backoff = TimeSpan.FromMilliseconds(10) } })
            .Build());

        using var response = await _node.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attempt 3", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, flaky.RequestCount);
    }

    [Fact]
    public async Task when_attempts_run_out_the_last_error_is_answered()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/", To("c")) with { Retry = new RetryPolicy { Codes = [503], Attempts = 2, Backoff = TimeSpan.FromMilliseconds(5) } })
            .Build());

        using var response = await _node.GetAsync("/status/503");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, _echo.RequestCount);
    }

    [Fact]
    public async Task a_request_with_a_small_body_is_retried_with_the_same_body()
    {
        var bodies = new List<string>();
        await using var flaky = await ScriptedBackend.StartAsync(async (context, number) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            lock (bodies)
            {
                bodies.Add(body);
            }

            context.Response.StatusCode = number == 1 ? StatusCodes.Status502BadGateway : StatusCodes.Status200OK;
        });
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("flaky", ClusterProtocol.Http1, flaky.Port)
            .Rule(Prefix("/", To("flaky")) with { Retry = new RetryPolicy { Codes = [502], Attempts = 1 } })
            .Build());

        using var response = await _node.Client.PostAsync(_node.Url("/submit"), new StringContent("payload"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["payload", "payload"], bodies);
    }

    [Fact]
    public async Task the_request_timeout_spans_every_attempt()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/", To("c")) with
            {
                Retry = new RetryPolicy { Codes = [503], Attempts = 50, Backoff = TimeSpan.FromMilliseconds(100) },
                Timeouts = new RouteTimeouts { Request = TimeSpan.FromMilliseconds(500) },
            })
            .Build());

        using var response = await _node.GetAsync("/status/503");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.InRange(_echo.RequestCount, 1, 6);
    }
}
