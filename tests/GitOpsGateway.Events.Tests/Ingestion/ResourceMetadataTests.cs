using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Tests.Support;
using Marten;

namespace GitOpsGateway.Events.Tests.Ingestion;

public sealed class ResourceMetadataTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task generation_grows_only_when_the_spec_changes()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var first = Commits.Commit("add", TestManifests.Repository());
        var relabelled = Commits.Commit("relabel", TestManifests.Repository(TestManifests.Route(labels: "{app: web, tier: front}")), first.Sha);
        var moved = Commits.Commit("move", TestManifests.Repository(TestManifests.Route(path: "/shop", labels: "{app: web, tier: front}")), relabelled.Sha);
        var ingestor = new CommitIngestor();

        await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(first, relabelled), Cancellation);
        Assert.Equal(1, (await RouteAsync(events)).Generation);
        await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(moved), Cancellation);

        Assert.Equal(2, (await RouteAsync(events)).Generation);
        var changes = (await StoredEvents.SourceAsync(events)).Data<ResourceChanged>().ToList();
        Assert.Equal([1L, 2L], changes.Select(change => change.Generation));
        var latest = (await StoredEvents.VersionsAsync(events))[^1];
        var routeStatus = Assert.Single(latest.Statuses, status => status.Kind == "HTTPRoute");
        Assert.Contains("\"observedGeneration\":2", routeStatus.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"observedGeneration\":1", routeStatus.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task creation_time_is_the_creating_event_time_and_survives_changes_but_not_a_delete()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var clock = new ManualClock(Start);
        var ingestor = new CommitIngestor(clock: clock);
        var withoutRoute = TestManifests.Repository();
        withoutRoute["apps/web.yaml"] = TestManifests.Service;
        var created = Commits.Commit("add", TestManifests.Repository());
        var changed = Commits.Commit("move", TestManifests.Repository(TestManifests.Route(path: "/shop")), created.Sha);
        var deleted = Commits.Commit("drop", withoutRoute, changed.Sha);
        var recreated = Commits.Commit("re-add", TestManifests.Repository(), deleted.Sha);

        await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(created), Cancellation);
        clock.Advance(TimeSpan.FromHours(1));
        await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(changed), Cancellation);

        var route = await RouteAsync(events);
        Assert.Equal(Start, route.CreatedAt);
        Assert.Equal(Start.AddHours(1), route.UpdatedAt);
        var stream = await StoredEvents.SourceAsync(events);
        Assert.Equal(Start, stream.Single(@event => @event.Data is ResourceCreated { Name: "web", Kind: "HTTPRoute" }).Timestamp);

        clock.Advance(TimeSpan.FromHours(1));
        await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(deleted), Cancellation);
        clock.Advance(TimeSpan.FromHours(1));
        await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(recreated), Cancellation);

        route = await RouteAsync(events);
        Assert.Equal(Start.AddHours(3), route.CreatedAt);
        Assert.Equal(1, route.Generation);
    }

    private static async Task<CurrentResource> RouteAsync(TestEventStore events)
    {
        await using var session = events.Store.QuerySession();
        var route = await session.LoadAsync<CurrentResource>(CurrentResource.IdFor("shop", "HTTPRoute", "shop", "web"), Cancellation);
        return route ?? throw new InvalidOperationException("The route is not current.");
    }
}
