using System.Net;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>Which backend a matched rule forwards to: by weight, with backendRef-level filters, or none valid.</summary>
[Collection(RoutingCollection.Name)]
public sealed class BackendSelectionTests(RoutingCluster cluster)
{
    [Fact]
    public async Task weights_3_to_1_split_400_requests_within_tolerance_and_weight_0_is_never_chosen()
    {
        var zeroBefore = cluster.Zero.RequestCount;
        var counts = new Dictionary<string, int>();
        for (var index = 0; index < 400; index++)
        {
            var backend = (await cluster.Client.EchoAsync("http://weights.test/")).Backend;
            counts[backend] = counts.GetValueOrDefault(backend) + 1;
        }

        // Binomial with p = 0.75: the standard deviation is about 8.7, so ±45 is more than five of them.
        Assert.InRange(counts.GetValueOrDefault("main"), 255, 345);
        Assert.Equal(400 - counts.GetValueOrDefault("main"), counts.GetValueOrDefault("second"));
        Assert.Equal(zeroBefore, cluster.Zero.RequestCount);
    }

    [Fact]
    public async Task a_backend_level_filter_applies_only_to_requests_sent_to_its_backend()
    {
        var seen = new List<(string Backend, string? Chosen)>();
        for (var index = 0; index < 40; index++)
        {
            var echo = await cluster.Client.EchoAsync("http://backend-filters.test/");
            seen.Add((echo.Backend, echo.Header("x-chosen")));
        }

        Assert.All(seen, pair => Assert.Equal(pair.Backend, pair.Chosen));
        Assert.Contains(seen, pair => pair.Backend == "main");
        Assert.Contains(seen, pair => pair.Backend == "second");
    }

    [Fact]
    public async Task a_rule_whose_backends_are_all_invalid_is_answered_500()
    {
        Assert.Equal(HttpStatusCode.InternalServerError, await cluster.Client.StatusAsync("http://invalid.test/"));
    }
}
