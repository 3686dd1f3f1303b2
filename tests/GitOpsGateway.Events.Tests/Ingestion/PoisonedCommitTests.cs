using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Events.Tests.Support;
using GitOpsGateway.Testing.Postgres;
using JasperFx;
using Marten;

namespace GitOpsGateway.Events.Tests.Ingestion;

/// <summary>One poisoned commit never blocks the next (issue 11, docs/adr/0014).</summary>
public sealed class PoisonedCommitTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_commit_the_database_refuses_is_retried_then_recorded_as_failed_and_the_next_commit_is_published()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        await CommitRefusal.InstallAsync(events.Database, Cancellation);
        var ingestor = new CommitIngestor();
        var first = Commits.Commit("first", TestManifests.Repository());
        var poisoned = Commits.Commit(Poisoned, TestManifests.Repository(TestManifests.Route(path: "/poisoned")), first.Sha);
        var fix = Commits.Commit("fix", TestManifests.Repository(TestManifests.Route(path: "/fixed")), poisoned.Sha);
        var batch = Commits.Batch(first, poisoned, fix);

        for (var attempt = 1; attempt < CommitQuarantine.Attempts; attempt++)
        {
            var failure = await Assert.ThrowsAsync<CommitIngestionException>(() => ingestor.IngestAsync(events.Store, Commits.Source(), batch, Cancellation));
            Assert.Equal((poisoned.Sha, attempt), (failure.Sha, failure.Attempt));
            Assert.Contains(Refused, failure.Reason, StringComparison.Ordinal);
            await using var stuck = events.Store.QuerySession();
            Assert.Equal(first.Sha, (await stuck.LoadAsync<SourceState>("shop", Cancellation))!.LastIngestedSha);
            var failing = await stuck.LoadAsync<FailingCommit>("shop", Cancellation);
            Assert.Equal((poisoned.Sha, attempt), (failing!.Sha, failing.Attempts));
        }

        var outcomes = (await ingestor.IngestAsync(events.Store, Commits.Source(), batch, Cancellation)).Where(outcome => outcome.Appended).ToList();

        Assert.Equal([poisoned.Sha, fix.Sha], outcomes.Select(outcome => outcome.Sha));
        Assert.Contains(Refused, outcomes[0].Failure, StringComparison.Ordinal);
        Assert.Null(outcomes[0].Version);
        Assert.Null(outcomes[1].Failure);
        Assert.Equal(2, outcomes[1].Version!.Number);
        Assert.Equal(fix.Sha, outcomes[1].Version!.Provenance.CommitSha);
        Assert.Contains("/fixed", outcomes[1].Version!.Tables.Single().Json, StringComparison.Ordinal);

        var stream = await StoredEvents.SourceAsync(events);
        var failed = Assert.Single(stream.Data<CommitFailed>());
        Assert.Equal((poisoned.Sha, CommitQuarantine.Attempts, Poisoned), (failed.Sha, failed.Attempts, failed.Message));
        Assert.Equal(fix.Sha, stream.Data<CommitIngested>().Last().Sha);
        Assert.Equal("web", Assert.Single(stream.SkipWhile(@event => @event.Data is not CommitIngested { Message: "fix" }).Data<ResourceChanged>()).Name);

        await using var session = events.Store.QuerySession();
        var state = await session.LoadAsync<SourceState>("shop", Cancellation);
        Assert.Equal((fix.Sha, 2L, 1L), (state!.LastIngestedSha, state.IngestedCount, state.FailedCount));
        Assert.Null(await session.LoadAsync<FailingCommit>("shop", Cancellation));
        var recorded = Assert.Single(await session.Query<FailedCommit>().ToListAsync(Cancellation));
        Assert.Equal((poisoned.Sha, CommitQuarantine.Attempts), (recorded.Sha, recorded.Attempts));
        Assert.Contains(Refused, recorded.Reason, StringComparison.Ordinal);

        var retried = await ingestor.IngestAsync(events.Store, Commits.Source(), batch, Cancellation);
        Assert.All(retried, outcome => Assert.False(outcome.Appended));
    }

    [Fact]
    public async Task a_failed_commit_survives_a_rebuild_of_the_projections()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        await CommitRefusal.InstallAsync(events.Database, Cancellation);
        var ingestor = new CommitIngestor();
        var first = Commits.Commit("first", TestManifests.Repository());
        var poisoned = Commits.Commit(Poisoned, TestManifests.Repository(), first.Sha);
        var batch = Commits.Batch(first, poisoned);
        for (var attempt = 1; attempt < CommitQuarantine.Attempts; attempt++)
        {
            await Assert.ThrowsAsync<CommitIngestionException>(() => ingestor.IngestAsync(events.Store, Commits.Source(), batch, Cancellation));
        }

        await ingestor.IngestAsync(events.Store, Commits.Source(), batch, Cancellation);
        await EventProjections.RebuildAsync(events.Store, TimeSpan.FromMinutes(1), Cancellation);

        await using var session = events.Store.QuerySession();
        var state = await session.LoadAsync<SourceState>("shop", Cancellation);
        Assert.Equal((poisoned.Sha, 1L, 1L), (state!.LastIngestedSha, state.IngestedCount, state.FailedCount));
        Assert.Equal(poisoned.Sha, Assert.Single(await session.Query<FailedCommit>().ToListAsync(Cancellation)).Sha);
        Assert.NotNull(await session.LoadAsync<IngestedCommit>(IngestedCommit.IdFor("shop", poisoned.Sha), Cancellation));
    }

    [Fact]
    public async Task a_database_outage_is_retried_without_skipping_the_commit()
    {
        var server = await PostgresServer.StartAsync(Cancellation);
        Assert.SkipUnless(server.CanInterrupt, "needs a local throwaway PostgreSQL cluster");
        try
        {
            await using var store = DocumentStore.For(options =>
            {
                options.Connection(server.AdminConnectionString);
                options.AutoCreateSchemaObjects = AutoCreate.All;
                options.AddGitOpsGatewayEvents();
            });
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            var ingestor = new CommitIngestor();
            var commit = Commits.Commit("first", TestManifests.Repository());

            await server.InterruptAsync(Cancellation);
            for (var attempt = 0; attempt <= CommitQuarantine.Attempts; attempt++)
            {
                var failure = await Assert.ThrowsAnyAsync<Exception>(() => ingestor.IngestAsync(store, Commits.Source(), Commits.Batch(commit), Cancellation));
                Assert.IsNotType<CommitIngestionException>(failure);
                Assert.True(IngestionFailures.IsTransient(failure), failure.ToString());
            }

            await server.ResumeAsync(Cancellation);
            var outcome = await IngestOnceReachableAsync(ingestor, store, commit);

            Assert.True(outcome.Appended);
            Assert.Null(outcome.Failure);
            Assert.Equal(1, outcome.Version?.Number);
            await using var session = store.QuerySession();
            Assert.Empty(await session.Query<FailedCommit>().ToListAsync(Cancellation));
        }
        finally
        {
            await server.StopAsync(Cancellation);
        }
    }

    /// <summary>
    /// The message of a commit the database refuses on every attempt (<see cref="CommitRefusal"/>): since stored
    /// strings replace U+0000, no manifest makes PostgreSQL refuse a commit any more, but a constraint, a trigger
    /// or a limit of the operator's database still can, as can a bug.
    /// </summary>
    private const string Poisoned = "poisoned " + CommitRefusal.Marker;

    private const string Refused = "PostgreSQL " + CommitRefusal.SqlState;

    // Connections cut by the outage may still sit in the pool: the first uses after it fail, transiently.
    private static async Task<CommitOutcome> IngestOnceReachableAsync(CommitIngestor ingestor, IDocumentStore store, Sources.SourceCommit commit)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Assert.Single(await ingestor.IngestAsync(store, Commits.Source(), Commits.Batch(commit), Cancellation));
            }
            catch (Exception exception) when (attempt < 10 && IngestionFailures.IsTransient(exception))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), Cancellation);
            }
        }
    }
}
