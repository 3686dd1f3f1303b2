using GitOpsGateway.Conformance.Cluster;
using GitOpsGateway.Conformance.Status;
using GitOpsGateway.Conformance.Traffic;
using GitOpsGateway.Conformance.Upstream;
using GitOpsGateway.Testing;

namespace GitOpsGateway.Conformance.Cases;

/// <summary>
/// Replays one transcribed case against the cluster as the suite would: apply the manifests, wait for the route
/// conditions, then send each row of the table until it gives the expected answer three times in a row (the suite's
/// RequiredConsecutiveSuccesses) within 30 seconds (its MaxTimeToConsistency).
/// </summary>
public static class CaseRunner
{
    public const int RequiredConsecutiveSuccesses = 3;

    public static readonly TimeSpan MaxTimeToConsistency = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(ConformanceCluster cluster, UpstreamTest test, ConformanceCase conformanceCase)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(conformanceCase);
        // Nodes only for the Gateways that get traffic: a Gateway the case only reads status of may serve nothing.
        var gateways = conformanceCase.Requests.Select(row => row.Gateway ?? conformanceCase.Gateway).ToHashSet(StringComparer.Ordinal);
        var nodes = await cluster.ApplyAsync(test.ShortName, test.Manifests, gateways);
        await AssertRouteConditionsAsync(cluster, conformanceCase);
        await AssertListenersAsync(cluster, conformanceCase);
        var clients = nodes.ToDictionary(pair => pair.Key, pair => new GatewayClient(pair.Value), StringComparer.Ordinal);
        try
        {
            for (var index = 0; index < conformanceCase.Requests.Count; index++)
            {
                var row = conformanceCase.Requests[index];
                await ExpectConsistentAsync(clients[row.Gateway ?? conformanceCase.Gateway], row, row.Describe(index));
            }

            if (conformanceCase.Weights is { } weights)
            {
                var row = conformanceCase.Requests[0];
                await WeightedDistribution.AssertAsync(clients[row.Gateway ?? conformanceCase.Gateway], row, weights);
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>Sends the row until it matched <see cref="RequiredConsecutiveSuccesses"/> times in a row; throws with the last mismatch.</summary>
    public static async Task ExpectConsistentAsync(GatewayClient client, ExpectedExchange row, string description)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(row);
        var cancellation = TestContext.Current.CancellationToken;
        var deadline = DateTimeOffset.UtcNow + MaxTimeToConsistency;
        var successes = 0;
        var attempts = 0;
        string? last = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            attempts++;
            last = await TryOnceAsync(client, row, cancellation);
            if (last is null)
            {
                if (++successes >= RequiredConsecutiveSuccesses)
                {
                    return;
                }

                continue;
            }

            successes = 0;
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellation);
        }

        Assert.Fail($"{description}: no {RequiredConsecutiveSuccesses} consecutive matches in {attempts} attempts within {MaxTimeToConsistency.TotalSeconds:0} s; last: {last}");
    }

    /// <summary>One round trip; null when it matched, else why not.</summary>
    public static async Task<string?> TryOnceAsync(GatewayClient client, ExpectedExchange row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            return ExchangeComparison.Mismatch(row, await client.SendAsync(row, cancellationToken));
        }
        catch (HttpRequestException exception)
        {
            return "request failed: " + exception.Message;
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return "request timed out: " + exception.Message;
        }
    }

    private static async Task AssertListenersAsync(ConformanceCluster cluster, ConformanceCase conformanceCase)
    {
        foreach (var group in conformanceCase.Listeners.GroupBy(listener => listener.Gateway ?? conformanceCase.Gateway, StringComparer.Ordinal))
        {
            string? last = null;
            try
            {
                await Eventually.WaitForAsync(
                    async () => (last = await ListenerStatuses.MismatchAsync(cluster.ControlPlane, group.Key, [.. group])) is null,
                    "the listener statuses of " + group.Key,
                    TimeSpan.FromSeconds(30),
                    TimeSpan.FromMilliseconds(250));
            }
            catch (TimeoutException)
            {
                Assert.Fail("listener statuses not met within 30 s: " + last);
            }
        }
    }

    private static async Task AssertRouteConditionsAsync(ConformanceCluster cluster, ConformanceCase conformanceCase)
    {
        var expectations = conformanceCase.AcceptedRoutes.Select(route => new RouteCondition { Route = route, Type = "Accepted", Status = "True" })
            .Concat(conformanceCase.ResolvedRefsRoutes.Select(route => new RouteCondition { Route = route, Type = "ResolvedRefs", Status = "True" }))
            .Concat(conformanceCase.RouteConditions)
            .ToList();
        string? last = null;
        try
        {
            await Eventually.WaitForAsync(
            async () =>
            {
                foreach (var expected in expectations)
                {
                    var parent = expected.Gateway ?? conformanceCase.Gateway;
                    var conditions = await RouteConditions.ForParentAsync(cluster.ControlPlane, "HTTPRoute", expected.Route, parent);
                    if (!conditions.TryGetValue(expected.Type, out var actual)
                        || actual.Status != expected.Status
                        || (expected.Reason is not null && actual.Reason != expected.Reason))
                    {
                        last = $"{expected.Route} for {parent}: expected {expected.Type}={expected.Status}{(expected.Reason is null ? "" : " (" + expected.Reason + ")")}, has [{string.Join(", ", conditions.Select(pair => $"{pair.Key}={pair.Value.Status} ({pair.Value.Reason})"))}]";
                        return false;
                    }
                }

                return true;
            },
            "the route conditions of " + conformanceCase.ShortName,
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(250));
        }
        catch (TimeoutException)
        {
            Assert.Fail("route conditions not met within 30 s: " + last);
        }
    }
}
