using System.Net;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>Rule timeouts (504) and retries, counted in attempts the backend saw.</summary>
[Collection(RoutingCollection.Name)]
public sealed class TimeoutAndRetryTests(RoutingCluster cluster)
{
    [Fact]
    public async Task a_request_slower_than_the_request_timeout_is_answered_504()
    {
        Assert.Equal(HttpStatusCode.GatewayTimeout, await cluster.Client.StatusAsync("http://timeouts.test/request?delay=5s"));
        Assert.Equal(HttpStatusCode.OK, await cluster.Client.StatusAsync("http://timeouts.test/request?delay=10ms"));
    }

    [Fact]
    public async Task a_backend_slower_than_the_backend_request_timeout_is_answered_504()
    {
        Assert.Equal(HttpStatusCode.GatewayTimeout, await cluster.Client.StatusAsync("http://timeouts.test/backend?delay=5s"));
        Assert.Equal(HttpStatusCode.OK, await cluster.Client.StatusAsync("http://timeouts.test/backend?delay=10ms"));
    }

    [Fact]
    public async Task a_listed_status_is_retried_the_configured_number_of_times_then_answered()
    {
        var run = Guid.NewGuid().ToString("N");

        var status = await cluster.Client.StatusAsync($"http://retry.test/status/503?run={run}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(3, Attempts(run));
    }

    [Fact]
    public async Task a_status_not_listed_is_answered_after_one_attempt()
    {
        var run = Guid.NewGuid().ToString("N");

        var status = await cluster.Client.StatusAsync($"http://retry.test/status/500?run={run}");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal(1, Attempts(run));
    }

    private int Attempts(string run) => cluster.Main.Received.Count(request => request.Query.Contains(run, StringComparison.Ordinal));
}
