using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Queries;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Events.Tests.Support;
using Marten;

namespace GitOpsGateway.Events.Tests.Queries;

public sealed class TimeTravelQueriesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_version_active_at_a_moment_respects_the_pin_in_force_then()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var (first, second, third) = await IngestPinnedHistoryAsync(events.Store);
        await using var session = events.Store.QuerySession();

        Assert.Null(await TimeTravelQueries.ActivationAtAsync(session, Start, null, Cancellation));
        Assert.Equal(1, (await TimeTravelQueries.ActivationAtAsync(session, Start.AddMinutes(1.5), null, Cancellation))!.VersionNumber);
        Assert.Equal(2, (await TimeTravelQueries.ActivationAtAsync(session, Start.AddMinutes(2), "shop", Cancellation))!.VersionNumber);
        var pinned = (await TimeTravelQueries.ActivationAtAsync(session, Start.AddMinutes(3.5), "shop", Cancellation))!;
        Assert.Equal((1L, ActivationCause.Pinned, "pin-1"), (pinned.VersionNumber, pinned.Cause, pinned.CommandId));
        Assert.Equal(1, (await TimeTravelQueries.ActivationAtAsync(session, Start.AddMinutes(4.5), "shop", Cancellation))!.VersionNumber);
        var unpinned = (await TimeTravelQueries.ActivationAtAsync(session, Start.AddMinutes(5.5), "shop", Cancellation))!;
        Assert.Equal((3L, ActivationCause.Unpinned), (unpinned.VersionNumber, unpinned.Cause));
        Assert.Equal(4, (await TimeTravelQueries.ActivationAtAsync(session, Start.AddMinutes(6), "shop", Cancellation))!.VersionNumber);
        Assert.Null(await TimeTravelQueries.ActivationAtAsync(session, Start.AddMinutes(6), "other", Cancellation));
        Assert.Equal(Start.AddMinutes(1), (await TimeTravelQueries.FirstActivationAsync(session, "shop", Cancellation))!.ActivatedAt);

        Assert.Equal(Start.AddMinutes(4), (await TimeTravelQueries.IngestionOfAsync(session, third[..7], "shop", Cancellation))!.IngestedAt);
        Assert.Equal(first, (await TimeTravelQueries.IngestionOfAsync(session, first.ToUpperInvariant(), null, Cancellation))!.Sha);
        Assert.Null(await TimeTravelQueries.IngestionOfAsync(session, second[..6], null, Cancellation));
        Assert.Null(await TimeTravelQueries.IngestionOfAsync(session, "0000000000", null, Cancellation));
    }

    [Fact]
    public async Task rebuilding_the_event_model_from_the_events_gives_the_same_documents()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        await IngestPinnedHistoryAsync(events.Store);
        var before = await events.RawDocumentsTextAsync(Cancellation);

        await EventProjections.RebuildAsync(events.Store, TimeSpan.FromMinutes(2), Cancellation);

        Assert.Contains("Unpinned", before, StringComparison.Ordinal);
        Assert.Equal(Lines(before), Lines(await events.RawDocumentsTextAsync(Cancellation)));
    }

    [Fact]
    public async Task rebuilding_in_one_batch_keeps_a_gateway_removed_after_its_creation_without_a_table()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var first = Commits.Commit("add", TestManifests.Repository());
        var files = TestManifests.Repository();
        files["gateway/edge.yaml"] = TestManifests.Secret;
        var second = Commits.Commit("drop the gateway", files, first.Sha);
        await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(first, second), Cancellation);
        var before = await events.RawDocumentsTextAsync(Cancellation);

        await EventProjections.RebuildAsync(events.Store, TimeSpan.FromMinutes(2), Cancellation);

        await using var session = events.Store.QuerySession();
        var gateway = await GatewayQueries.ActiveVersionAsync(session, "shop/edge", Cancellation);
        Assert.Equal((2L, null), (gateway!.VersionNumber, gateway.Hash));
        Assert.Equal(Lines(before), Lines(await events.RawDocumentsTextAsync(Cancellation)));
    }

    /// <summary>v1 at minute 1, v2 at 2, a pin of v1 at 3, v3 compiled but held at 4, an unpin at 5, v4 at 6.</summary>
    private static async Task<(string First, string Second, string Third)> IngestPinnedHistoryAsync(IDocumentStore store)
    {
        var clock = new ManualClock(Start);
        var ingestor = new CommitIngestor(clock: clock);
        var first = Commits.Commit("add", TestManifests.Repository());
        var second = Commits.Commit("move", TestManifests.Repository(TestManifests.Route(path: "/a")), first.Sha);
        var third = Commits.Commit("move again", TestManifests.Repository(TestManifests.Route(path: "/b")), second.Sha);
        clock.Advance(TimeSpan.FromMinutes(1));
        await ingestor.IngestAsync(store, Commits.Source(), Commits.Batch(first), Cancellation);
        clock.Advance(TimeSpan.FromMinutes(1));
        await ingestor.IngestAsync(store, Commits.Source(), Commits.Batch(second), Cancellation);
        await AppendAsync(store, Start.AddMinutes(3), new VersionPinned { CommandId = "pin-1", Source = "shop", Version = 1, Actor = "ada", Reason = "hold" });
        clock.Advance(TimeSpan.FromMinutes(2));
        await ingestor.IngestAsync(store, Commits.Source(), Commits.Batch(third), Cancellation);
        await AppendAsync(store, Start.AddMinutes(5), new VersionUnpinned { CommandId = "unpin-1", Source = "shop", Actor = "ada", Reason = "go" });
        clock.Advance(TimeSpan.FromMinutes(2));
        var fourth = Commits.Commit("move once more", TestManifests.Repository(TestManifests.Route(path: "/c")), third.Sha);
        await ingestor.IngestAsync(store, Commits.Source(), Commits.Batch(fourth), Cancellation);
        return (first.Sha, second.Sha, third.Sha);
    }

    private static async Task AppendAsync(IDocumentStore store, DateTimeOffset at, object command)
    {
        await using var session = store.LightweightSession();
        foreach (var @event in session.Events.Append(EventStreams.ForSource("shop"), command).Events)
        {
            @event.Timestamp = at;
        }

        await session.SaveChangesAsync(Cancellation);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
}
