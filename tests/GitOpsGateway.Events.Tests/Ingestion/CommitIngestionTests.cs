using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Events.Tests.Support;
using Marten;

namespace GitOpsGateway.Events.Tests.Ingestion;

public sealed class CommitIngestionTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_commit_yields_events_with_provenance_and_a_version_naming_the_commit()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var commit = Commits.Commit("first", TestManifests.Repository());

        var outcome = Assert.Single(await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(commit), Cancellation));

        Assert.True(outcome.Appended);
        Assert.Equal(5, outcome.ResourceEvents);
        Assert.Equal(0, outcome.Rejections);
        var stream = await StoredEvents.SourceAsync(events);
        Assert.IsType<CommitIngested>(stream[0].Data);
        Assert.Equal(5, stream.Data<ResourceCreated>().Count());
        var published = Assert.Single(await StoredEvents.VersionsAsync(events));
        Assert.Equal(1, published.Number);
        Assert.Equal(commit.Sha, published.Provenance.CommitSha);
        Assert.Equal("shop/edge", Assert.Single(published.Tables).Gateway);

        await using var session = events.Store.QuerySession();
        var versionEvents = await session.Events.FetchStreamAsync(EventStreams.RouteTableVersions, token: Cancellation);
        foreach (var @event in stream.Concat(versionEvents))
        {
            Assert.Equal("shop", @event.GetHeader(ProvenanceHeaders.Source)?.ToString());
            Assert.Equal(commit.Sha, @event.GetHeader(ProvenanceHeaders.Commit)?.ToString());
            Assert.Equal("Ada Lovelace <ada@example.com>", @event.GetHeader(ProvenanceHeaders.Author)?.ToString());
            Assert.Equal($"shop@{commit.Sha}", @event.CorrelationId);
            Assert.Equal($"commit:{commit.Sha}", @event.CausationId);
        }

        var state = await session.LoadAsync<SourceState>("shop", Cancellation);
        Assert.Equal(commit.Sha, state!.LastIngestedSha);
        Assert.Equal(stream.Count, state.StreamVersion);
        Assert.Equal(1, state.LastVersionNumber);
    }

    [Fact]
    public async Task a_commit_that_changes_nothing_compiled_publishes_no_version()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var first = Commits.Commit("first", TestManifests.Repository());
        var files = TestManifests.Repository(TestManifests.Route(labels: "{app: web, team: checkout}"));
        files["gateway/class.yaml"] = "# owned by the platform team\n" + files["gateway/class.yaml"];
        files["docs/settings.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: notes}\ndata: {a: b}\n";
        var second = Commits.Commit("relabel", files, first.Sha);

        var outcomes = await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(first, second), Cancellation);

        Assert.NotNull(outcomes[0].Version);
        Assert.True(outcomes[1].Appended);
        Assert.Equal(1, outcomes[1].ResourceEvents);
        Assert.Null(outcomes[1].Version);
        Assert.Single(await StoredEvents.VersionsAsync(events));
        var stream = await StoredEvents.SourceAsync(events);
        Assert.Equal(2, stream.Data<CommitIngested>().Count());
        Assert.Equal("web", Assert.Single(stream.Data<ResourceChanged>()).Name);
    }

    [Fact]
    public async Task a_malformed_file_is_recorded_and_the_valid_objects_are_still_versioned()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var files = TestManifests.Repository();
        files["apps/broken.yaml"] = "apiVersion: v1\nkind: Service\nmetadata:\n  name: broken\n  namespace: [shop\n";

        var outcome = Assert.Single(await new CommitIngestor().IngestAsync(
            events.Store, Commits.Source(), Commits.Batch(Commits.Commit("broken", files)), Cancellation));

        Assert.Equal(1, outcome.Rejections);
        var rejection = Assert.Single((await StoredEvents.SourceAsync(events)).Data<ManifestRejected>());
        Assert.Equal("apps/broken.yaml", rejection.File);
        Assert.True(rejection.Line > 0);
        Assert.Contains("YAML", rejection.Message, StringComparison.Ordinal);
        var version = Assert.Single(await StoredEvents.VersionsAsync(events));
        var route = Assert.Single(version.Statuses, status => status.Kind == "HTTPRoute");
        Assert.Contains("\"type\":\"Accepted\",\"status\":\"True\"", route.Json, StringComparison.Ordinal);
        Assert.Contains("/web", Assert.Single(version.Tables).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ingesting_the_same_commit_twice_appends_nothing()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var commit = Commits.Commit("first", TestManifests.Repository());
        var ingestor = new CommitIngestor();
        await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(commit), Cancellation);
        var before = (await StoredEvents.SourceAsync(events)).Count;

        var again = Assert.Single(await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(commit), Cancellation));

        Assert.False(again.Appended);
        Assert.Equal(before, (await StoredEvents.SourceAsync(events)).Count);
        Assert.Single(await StoredEvents.VersionsAsync(events));
    }

    [Fact]
    public async Task three_commits_are_applied_in_order_and_each_change_is_a_version()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var first = Commits.Commit("add web", TestManifests.Repository());
        var second = Commits.Commit("move web", TestManifests.Repository(TestManifests.Route(path: "/shop")), first.Sha);
        var withoutRoute = TestManifests.Repository();
        withoutRoute["apps/web.yaml"] = TestManifests.Service;
        var third = Commits.Commit("drop web", withoutRoute, second.Sha);

        var outcomes = await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(first, second, third), Cancellation);

        Assert.All(outcomes, outcome => Assert.NotNull(outcome.Version));
        var versions = await StoredEvents.VersionsAsync(events);
        Assert.Equal([1L, 2L, 3L], versions.Select(version => version.Number));
        Assert.Equal([first.Sha, second.Sha, third.Sha], versions.Select(version => version.Provenance.CommitSha));
        var stream = await StoredEvents.SourceAsync(events);
        Assert.Equal([first.Sha, second.Sha, third.Sha], stream.Data<CommitIngested>().Select(commit => commit.Sha));
        Assert.Equal(2, Assert.Single(stream.Data<ResourceChanged>()).Generation);
        Assert.Equal("web", Assert.Single(stream.Data<ResourceDeleted>()).Name);
        Assert.Equal(stream.Select(@event => @event.Version), Enumerable.Range(1, stream.Count).Select(version => (long)version));
        await using var session = events.Store.QuerySession();
        var state = await session.LoadAsync<SourceState>("shop", Cancellation);
        Assert.Equal((third.Sha, 3L), (state!.LastIngestedSha, state.IngestedCount));
    }

    [Fact]
    public async Task a_force_push_is_recorded_and_the_rewritten_history_is_applied_even_where_it_was_seen_before()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var first = Commits.Commit("add web", TestManifests.Repository());
        var second = Commits.Commit("move web", TestManifests.Repository(TestManifests.Route(path: "/shop")), first.Sha);
        var ingestor = new CommitIngestor();
        await ingestor.IngestAsync(events.Store, Commits.Source(), Commits.Batch(first, second), Cancellation);

        // The branch was reset to the first commit, which the watcher hands over again.
        var outcome = Assert.Single(await ingestor.IngestAsync(events.Store, Commits.Source(), new([first], second.Sha), Cancellation));

        Assert.True(outcome.ForcePush);
        var stream = await StoredEvents.SourceAsync(events);
        var detected = Assert.Single(stream.Data<ForcePushDetected>());
        Assert.Equal((second.Sha, first.Sha), (detected.PreviousSha, detected.NewSha));
        Assert.True(stream.Data<CommitIngested>().Last().ForcePush);
        var versions = await StoredEvents.VersionsAsync(events);
        Assert.Equal(3, versions.Count);
        Assert.Equal(versions[0].Hash, versions[2].Hash);
        await using var session = events.Store.QuerySession();
        var state = await session.LoadAsync<SourceState>("shop", Cancellation);
        Assert.Equal((first.Sha, 1), (state!.LastIngestedSha, state.Epoch));

        var replayed = Assert.Single(await ingestor.IngestAsync(events.Store, Commits.Source(), new([first], second.Sha), Cancellation));
        Assert.False(replayed.Appended);
    }
}
