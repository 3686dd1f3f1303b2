using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Queries;
using GitOpsGateway.Events.Tests.Support;

namespace GitOpsGateway.Events.Tests.Queries;

public sealed class GatewayQueriesTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task versions_list_newest_first_in_pages_and_the_active_version_follows_the_newest()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var first = Commits.Commit("add", TestManifests.Repository());
        var second = Commits.Commit("move", TestManifests.Repository(TestManifests.Route(path: "/a")), first.Sha);
        var third = Commits.Commit("move again", TestManifests.Repository(TestManifests.Route(path: "/b")), second.Sha);
        await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(first, second, third), Cancellation);
        await using var session = events.Store.QuerySession();

        var firstPage = await GatewayQueries.VersionsAsync(session, page: 1, pageSize: 2, Cancellation);
        var secondPage = await GatewayQueries.VersionsAsync(session, page: 2, pageSize: 2, Cancellation);

        Assert.Equal([3L, 2L], firstPage.Select(version => version.Number));
        Assert.Equal(1L, Assert.Single(secondPage).Number);
        Assert.Equal(third.Sha, firstPage[0].Provenance.CommitSha);
        Assert.Equal(["shop/edge"], firstPage[0].Gateways);
        var version = await GatewayQueries.VersionAsync(session, 2, Cancellation);
        Assert.Equal(firstPage[1].Hash, version!.Hash);
        Assert.Contains("/a", Assert.Single(version.Tables).Json, StringComparison.Ordinal);
        var gateway = await GatewayQueries.ActiveVersionAsync(session, "shop/edge", Cancellation);
        var overall = await GatewayQueries.ActiveVersionAsync(session, null, Cancellation);
        Assert.Equal((3L, 3L), (gateway!.VersionNumber, overall!.VersionNumber));
        Assert.Equal(Assert.Single(firstPage[0].Gateways), gateway.Gateway);
    }

    [Fact]
    public async Task a_gateway_removed_from_its_source_stays_listed_without_a_table()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var first = Commits.Commit("add", TestManifests.Repository());
        var files = TestManifests.Repository();
        files["gateway/edge.yaml"] = TestManifests.Secret;
        var second = Commits.Commit("drop the gateway", files, first.Sha);
        await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(first, second), Cancellation);
        await using var session = events.Store.QuerySession();

        var gateway = await GatewayQueries.ActiveVersionAsync(session, "shop/edge", Cancellation);

        Assert.Equal(2L, gateway!.VersionNumber);
        Assert.Null(gateway.Hash);
    }

    [Fact]
    public async Task resources_come_with_the_status_of_the_active_version()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        await new CommitIngestor().IngestAsync(
            events.Store, Commits.Source(), Commits.Batch(Commits.Commit("add", TestManifests.Repository())), Cancellation);
        await using var session = events.Store.QuerySession();

        var resources = await GatewayQueries.ResourcesAsync(session, "shop", Cancellation);

        Assert.Equal(
            ["Gateway/edge", "GatewayClass/gitops", "HTTPRoute/web", "Secret/shop-tls", "Service/web"],
            resources.Select(item => $"{item.Resource.Kind}/{item.Resource.Name}"));
        var route = resources.Single(item => item.Resource.Kind == "HTTPRoute");
        Assert.Equal(1L, route.VersionNumber);
        Assert.Contains("\"type\":\"Accepted\",\"status\":\"True\"", route.StatusJson, StringComparison.Ordinal);
        Assert.Null(resources.Single(item => item.Resource.Kind == "Service").StatusJson);
        Assert.Equal("apps/web.yaml", route.Resource.File);
    }

    [Fact]
    public async Task source_status_combines_ingestion_with_the_watchers_last_fetch()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var commit = Commits.Commit("add", TestManifests.Repository());
        var recorder = new SourceSyncRecorder();
        await recorder.RecordFetchAsync(events.Store, "shop", commit.Sha, Cancellation);
        await using (var session = events.Store.QuerySession())
        {
            Assert.False((await GatewayQueries.SourceStatusAsync(session, "shop", Cancellation)).InSync);
        }

        await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(commit), Cancellation);
        await recorder.RecordFailureAsync(events.Store, "shop", "remote unreachable", Cancellation);

        await using var query = events.Store.QuerySession();
        var status = await GatewayQueries.SourceStatusAsync(query, "shop", Cancellation);
        Assert.True(status.InSync);
        Assert.Equal((commit.Sha, 1L, 1L, "remote unreachable"), (status.LastIngestedSha, status.IngestedCount, status.LastVersionNumber, status.LastError));
    }
}
