using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Tests.Support;
using Marten;

namespace GitOpsGateway.Events.Tests.Ingestion;

/// <summary>
/// Two control-plane replicas with skewed clocks ingest one source on one database, as after a failover: the
/// route created second must never look older than the route created first, or "oldest route wins" flips.
/// </summary>
public sealed class ClockSkewTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_replica_whose_clock_is_behind_never_stamps_a_new_route_older_than_an_existing_one()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var leader = new CommitIngestor(clock: new ManualClock(Start));
        var behind = new CommitIngestor(clock: new ManualClock(Start - TimeSpan.FromMinutes(10)));
        var first = Commits.Commit("add web", TestManifests.Repository());
        var withApi = TestManifests.Repository();
        withApi["apps/api.yaml"] = TestManifests.Route().Replace("name: web\n  namespace", "name: api\n  namespace", StringComparison.Ordinal);
        var second = Commits.Commit("add api on the same host and path", withApi, first.Sha);

        await leader.IngestAsync(events.Store, Commits.Source(), Commits.Batch(first), Cancellation);
        await behind.IngestAsync(events.Store, Commits.Source(), Commits.Batch(second), Cancellation);

        var (web, api) = (await RouteAsync(events, "web"), await RouteAsync(events, "api"));
        Assert.True(api.CreatedAt > web.CreatedAt, $"api created at {api.CreatedAt:O}, web at {web.CreatedAt:O}");
        Assert.Equal(Start, web.CreatedAt);
        var stream = await StoredEvents.SourceAsync(events);
        var timestamps = stream.Select(@event => @event.Timestamp).ToList();
        Assert.Equal(timestamps.Order(), timestamps);
    }

    [Fact]
    public async Task a_replica_whose_clock_is_right_keeps_its_own_time_after_one_that_ran_behind()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var behind = new CommitIngestor(clock: new ManualClock(Start - TimeSpan.FromMinutes(10)));
        var right = new CommitIngestor(clock: new ManualClock(Start));
        var first = Commits.Commit("add web", TestManifests.Repository());
        var moved = Commits.Commit("move web", TestManifests.Repository(TestManifests.Route(path: "/shop")), first.Sha);

        await behind.IngestAsync(events.Store, Commits.Source(), Commits.Batch(first), Cancellation);
        await right.IngestAsync(events.Store, Commits.Source(), Commits.Batch(moved), Cancellation);

        var web = await RouteAsync(events, "web");
        Assert.Equal((Start - TimeSpan.FromMinutes(10), Start), (web.CreatedAt, web.UpdatedAt));
    }

    private static async Task<CurrentResource> RouteAsync(TestEventStore events, string name)
    {
        await using var session = events.Store.QuerySession();
        var route = await session.LoadAsync<CurrentResource>(CurrentResource.IdFor("shop", "HTTPRoute", "shop", name), Cancellation);
        return route ?? throw new InvalidOperationException($"The route {name} is not current.");
    }
}
