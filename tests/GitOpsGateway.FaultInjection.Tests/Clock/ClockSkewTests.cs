using GitOpsGateway.FaultInjection.Tests.Support;
using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.FaultInjection.Tests.Clock;

/// <summary>
/// Two control-plane replicas on one database, one of them with its wall clock two hours behind (libfaketime
/// preloaded into the real process). Two routes claim the same hostname and path; the one created first must win
/// ("oldest route wins"), whichever replica ingested which.
/// </summary>
public sealed class ClockSkewTests(ITestOutputHelper output)
{
    private const string Host = "skew.example.com";
    private const string RuleHeader = "X-Route";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task the_oldest_route_wins_whichever_replica_ingests_it(bool skewedReplicaIngestsTheNewerRoute)
    {
        var library = FakeTimeLibrary();
        var skewed = new Dictionary<string, string> { ["LD_PRELOAD"] = library, ["FAKETIME"] = "-2h", ["FAKETIME_DONT_FAKE_MONOTONIC"] = "1" };
        var straight = new Dictionary<string, string>();
        await using var cluster = await FaultCluster.CreateAsync();

        cluster.Remote.WriteFile($"{FaultCluster.Folder}/older.yaml", SkewRoute("older"));
        var olderSha = await cluster.CommitAndPushAsync("The older route");
        var first = await cluster.StartReplicaAsync(skewedReplicaIngestsTheNewerRoute ? straight : skewed);
        Assert.Equal("ingested", await cluster.WaitForIngestedOrVisiblyFailedAsync(olderSha, through: first));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        var second = await cluster.StartReplicaAsync(skewedReplicaIngestsTheNewerRoute ? skewed : straight);
        await cluster.StopReplicaAsync(first);
        cluster.Remote.WriteFile($"{FaultCluster.Folder}/newer.yaml", SkewRoute("newer"));
        var newerSha = await cluster.CommitAndPushAsync("The newer route, same hostname and path");
        Assert.Equal("ingested", await cluster.WaitForIngestedOrVisiblyFailedAsync(newerSha, TimeSpan.FromMinutes(2), through: second));

        var node = cluster.StartNode(second.BaseAddress);
        await node.WaitForServedAsync(FaultCluster.Host, FaultCluster.RevisionHeader, "1", TimeSpan.FromSeconds(90), TimeSpan.FromMilliseconds(100));
        var served = await node.TryGetAsync(Host);
        output.WriteLine($"skewed replica ingested the {(skewedReplicaIngestsTheNewerRoute ? "newer" : "older")} route; {Host} served by: {served?.Header(RuleHeader) ?? "nothing"}");
        Assert.Equal("older", served?.Header(RuleHeader));
    }

    private static string SkewRoute(string name) =>
        HttpRouteManifests.PathPrefix("shop", name, "edge", Host, "/", [new BackendRef("web")], new(RuleHeader, name));

    private static string FakeTimeLibrary() =>
        Directory.EnumerateDirectories("/usr/lib", "*-linux-gnu")
            .Select(folder => Path.Combine(folder, "faketime", "libfaketime.so.1"))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("libfaketime is missing: apt-get install faketime (.ci/run installs it).");
}
