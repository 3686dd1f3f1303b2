using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Queries;
using GitOpsGateway.Events.Tests.Support;
using Marten;

namespace GitOpsGateway.Events.Tests.Ingestion;

/// <summary>A commit that changes what the compiler says but no table: its statuses are published, no node swaps.</summary>
public sealed class StatusOnlyVersionTests
{
    private const string RouteWithInvalidRegex = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: bad, namespace: shop}
        spec:
          parentRefs: [{name: edge}]
          hostnames: [shop.example.com]
          rules:
          - matches: [{path: {type: RegularExpression, value: "/(unclosed"}}]
        """;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_refused_route_that_changes_no_table_gets_a_version_with_its_status_and_the_gateway_keeps_its_served_version()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var first = Commits.Commit("first", TestManifests.Repository());
        var files = TestManifests.Repository();
        files["apps/bad.yaml"] = RouteWithInvalidRegex;
        var second = Commits.Commit("add a broken route", files, first.Sha);
        var again = Commits.Commit("touch nothing compiled", new Dictionary<string, string>(files) { ["README.md"] = "notes" }, second.Sha);

        var outcomes = await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(first, second, again), Cancellation);

        var (v1, v2) = (outcomes[0].Version!, outcomes[1].Version!);
        Assert.Equal(2, v2.Number);
        Assert.Equal(v1.Hash, v2.Hash);
        Assert.NotEqual(v1.StatusHash, v2.StatusHash);
        Assert.Null(outcomes[2].Version);

        await using var session = events.Store.QuerySession();
        var bad = (await GatewayQueries.ResourcesAsync(session, "shop", Cancellation)).Single(item => item.Resource.Name == "bad");
        Assert.Equal(2, bad.VersionNumber);
        Assert.Contains("\"type\":\"Accepted\",\"status\":\"False\"", bad.StatusJson, StringComparison.Ordinal);
        var gateway = await session.LoadAsync<ActiveVersion>(ActiveVersion.IdFor("shop/edge"), Cancellation);
        Assert.Equal(1, gateway!.VersionNumber);
        Assert.Equal(2, (await session.LoadAsync<ActiveVersion>(ActiveVersion.OverallId, Cancellation))!.VersionNumber);
        var edge = (await GatewayQueries.ResourcesAsync(session, "shop", Cancellation)).Single(item => item.Resource.Kind == "Gateway");
        Assert.Equal((2L, 1L), (edge.VersionNumber, edge.ServedVersionNumber));
    }
}
