using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Tests.Support;
using JasperFx;

namespace GitOpsGateway.Events.Tests.Ingestion;

public sealed class ConcurrencyAndDeterminismTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task of_two_concurrent_ingestors_of_one_source_the_loser_fails_and_nothing_is_duplicated(bool sourceHasHistory)
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var ingestor = new CommitIngestor();
        var first = Commits.Commit("add", TestManifests.Repository());
        if (sourceHasHistory)
        {
            await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(first), Cancellation);
        }

        var next = Commits.Commit("move", TestManifests.Repository(TestManifests.Route(path: "/shop")), first.Sha);
        var before = (await StoredEvents.SourceAsync(events)).Count;
        await using var winner = events.Store.LightweightSession();
        await using var loser = events.Store.LightweightSession();
        await ingestor.IngestCommitAsync(winner, Commits.Source(), next, null, Cancellation);
        await ingestor.IngestCommitAsync(loser, Commits.Source(), next, null, Cancellation);

        await winner.SaveChangesAsync(Cancellation);
        await Assert.ThrowsAnyAsync<ConcurrencyException>(() => loser.SaveChangesAsync(Cancellation));

        var stream = await StoredEvents.SourceAsync(events);
        Assert.Single(stream.Data<CommitIngested>(), commit => commit.Sha == next.Sha);
        Assert.Equal(before + (sourceHasHistory ? 2 : 6), stream.Count);
        var versions = await StoredEvents.VersionsAsync(events);
        Assert.Equal(Enumerable.Range(1, versions.Count).Select(number => (long)number), versions.Select(version => version.Number));
        Assert.Single(versions, version => version.Provenance.CommitSha == next.Sha);
    }

    [Fact]
    public async Task two_sources_racing_for_the_next_version_number_cannot_both_take_it()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var ingestor = new CommitIngestor();
        var commit = Commits.Commit("add", TestManifests.Repository());
        await using var shop = events.Store.LightweightSession();
        await using var outlet = events.Store.LightweightSession();
        var shopOutcome = await ingestor.IngestCommitAsync(shop, Commits.Source("shop"), commit, null, Cancellation);
        var outletOutcome = await ingestor.IngestCommitAsync(outlet, Commits.Source("outlet"), commit, null, Cancellation);
        Assert.Equal((1L, 1L), (shopOutcome.Version!.Number, outletOutcome.Version!.Number));

        await shop.SaveChangesAsync(Cancellation);
        await Assert.ThrowsAnyAsync<ConcurrencyException>(() => outlet.SaveChangesAsync(Cancellation));
        Assert.Empty(await StoredEvents.SourceAsync(events, "outlet"));

        // The failed commit left nothing behind, so retrying it is all a caller has to do.
        var retried = Assert.Single(await ingestor.IngestAsync(events.Store, Commits.Source("outlet"), Commits.Batch(commit), Cancellation));
        Assert.Equal(2L, retried.Version!.Number);
        Assert.Equal(["shop", "outlet"], (await StoredEvents.VersionsAsync(events)).Select(version => version.Provenance.Source));
    }

    [Fact]
    public async Task the_same_commits_on_two_fresh_databases_give_identical_versions()
    {
        var first = Commits.Commit("add", TestManifests.Repository());
        var second = Commits.Commit("move", TestManifests.Repository(TestManifests.Route(path: "/shop")), first.Sha);
        var results = new List<IReadOnlyList<RouteTableVersionPublished>>();
        foreach (var offset in new[] { TimeSpan.Zero, TimeSpan.FromDays(40) })
        {
            await using var events = await TestEventStore.CreateAsync(Cancellation);
            var clock = new ManualClock(new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero) + offset);
            await new CommitIngestor(clock: clock).IngestAsync(events.Store, Commits.Source(), Commits.Batch(first, second), Cancellation);
            results.Add(await StoredEvents.VersionsAsync(events));
        }

        Assert.Equal(results[0].Select(version => version.Hash), results[1].Select(version => version.Hash));
        Assert.Equal(
            results[0].SelectMany(version => version.Tables).Select(table => table.Json),
            results[1].SelectMany(version => version.Tables).Select(table => table.Json));
        Assert.Equal(
            results[0].SelectMany(version => version.Statuses).Select(status => status.Json),
            results[1].SelectMany(version => version.Statuses).Select(status => status.Json));
        Assert.Equal(2, results[0].Count);
    }
}
