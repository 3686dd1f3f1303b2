using GitOpsGateway.Audit.Journal;
using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.References;
using GitOpsGateway.Audit.Tests.Support;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Sources;
using Marten;

namespace GitOpsGateway.Audit.Tests.Journal;

public sealed class CommandJournalTests(CommandJournalTests.SeededStore fixture) : IClassFixture<CommandJournalTests.SeededStore>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 3, 8, 0, 0, TimeSpan.Zero);

    private static readonly CommitSignature Ada = new("Ada Lovelace", "ada@example.com", Start);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_journal_lists_rollbacks_pins_and_unpins_with_actor_reason_target_time_and_the_version_a_rollback_produced()
    {
        await using var session = fixture.Audit.Store.QuerySession();

        var all = await AuditQueries.CommandJournalAsync(session, null, null, null, Cancellation);
        var shop = await AuditQueries.CommandJournalAsync(session, "shop", null, null, Cancellation);

        Assert.Equal(
            [
                "rollback-1 Rollback shop gateway - target 'version 1' (1, -, -) by grace because 'the 50/50 split overloads web-v2' at 2026-11-03 08:10:00Z resulting 3",
                "rollback-2 Rollback admin gateway admin/internal target 'commit 0123abc' (-, 0123abc, -) by linus because 'test' at 2026-11-03 08:11:00Z resulting -",
                "pin-1 Pin shop gateway shop/edge target 'version 3' (3, -, -) by grace because 'hold during the incident' at 2026-11-03 08:12:00Z resulting -",
                "rollback-3 Rollback shop gateway - target 'state at 2026-11-03T08:01:00.0000000+00:00' (-, -, 2026-11-03 08:01:00Z) by ada because 'compare' at 2026-11-03 08:13:00Z resulting -",
                "unpin-1 Unpin shop gateway shop/edge target '-' (-, -, -) by ada because 'incident over' at 2026-11-03 08:14:00Z resulting -",
            ],
            all.Items.Select(Line));
        Assert.Equal(["rollback-1", "pin-1", "rollback-3", "unpin-1"], shop.Items.Select(entry => entry.Id));
        Assert.Equal(all.Items.Select(entry => entry.Sequence).Order(), all.Items.Select(entry => entry.Sequence));
    }

    [Fact]
    public async Task the_journal_takes_a_time_window_and_pages_newest_first()
    {
        await using var session = fixture.Audit.Store.QuerySession();

        var window = new TimeWindow(Start.AddMinutes(11), Start.AddMinutes(14));
        var first = await AuditQueries.CommandJournalAsync(session, null, window, new PageRequest { Size = 2, NewestFirst = true }, Cancellation);
        var second = await AuditQueries.CommandJournalAsync(session, null, window, new PageRequest { Number = 2, Size = 2, NewestFirst = true }, Cancellation);

        Assert.Equal(["rollback-3", "pin-1"], first.Items.Select(entry => entry.Id));
        Assert.True(first.HasMore);
        Assert.Equal(["rollback-2"], second.Items.Select(entry => entry.Id));
        Assert.False(second.HasMore);
    }

    [Fact]
    public async Task a_version_published_by_a_rollback_shows_in_the_served_view_with_its_provenance_and_no_commit()
    {
        await using var session = fixture.Audit.Store.QuerySession();

        var page = await AuditQueries.ReferenceHistoryAsync(session, ReferenceSubject.Backend("shop", "web-v1"), ReferenceView.Served, null, null, Cancellation);

        Assert.Equal(
            [
                "Started v1 c1 [] -> [rule 0: port 8080 weight 90] (commit c100000 by Ada Lovelace)",
                "Changed v2 c2 [rule 0: port 8080 weight 90] -> [rule 0: port 8080 weight 50] (commit c200000 by Ada Lovelace)",
                "Changed v3 - [rule 0: port 8080 weight 50] -> [rule 0: port 8080 weight 90] (rollback to version 1)",
            ],
            page.Items.Select(change => $"{change.Change} v{change.VersionNumber} {change.Message ?? "-"} [{change.Before}] -> [{change.After}] ({change.Provenance})"));
        Assert.Equal([Sha("c1"), Sha("c2"), null], page.Items.Select(change => change.CommitSha));
    }

    /// <summary>The seeded store, shared by the tests of this class, which only read.</summary>
    public sealed class SeededStore : IAsyncLifetime
    {
        private AuditStore? audit;

        internal AuditStore Audit => audit ?? throw new InvalidOperationException("Not initialised.");

        public async ValueTask InitializeAsync()
        {
            audit = await AuditStore.CreateAsync(Cancellation);
            await SeedAsync(audit);
        }

        public async ValueTask DisposeAsync()
        {
            if (audit is not null)
            {
                await audit.DisposeAsync();
            }
        }
    }

    /// <summary>Two commits (versions 1 and 2), then commands at 08:10-08:14; the first rollback republishes version 1's tables as version 3.</summary>
    private static async Task SeedAsync(AuditStore audit)
    {
        var clock = new ManualClock(Start);
        var ingestor = new CommitIngestor(clock: clock);
        foreach (var (message, v1, v2) in new[] { ("c1", 90, 10), ("c2", 50, 50) })
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var files = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["class.yaml"] = ShopManifests.GatewayClass,
                ["edge.yaml"] = ShopManifests.Gateway(),
                ["services.yaml"] = ShopManifests.Services(),
                ["web.yaml"] = ShopManifests.WebRoute(v1, v2),
            };
            await ingestor.IngestAsync(audit.Store, new SourceDefinition { Name = "shop", Repository = "/srv/shop.git" }, new IngestBatch([Commit(message, files)], null), Cancellation);
        }

        await AppendAsync(audit, "commands", 10, new RollbackRequested
        {
            CommandId = "rollback-1", Source = "shop", Target = new RollbackTarget { Version = 1 }, Actor = "grace", Reason = "the 50/50 split overloads web-v2",
        });
        await using (var session = audit.Store.LightweightSession())
        {
            var first = (await session.Events.FetchStreamAsync(EventStreams.RouteTableVersions, token: Cancellation))[0].Data as RouteTableVersionPublished;
            var action = session.Events.Append(EventStreams.RouteTableVersions, 3, first! with
            {
                Number = 3,
                Provenance = new VersionProvenance { Source = "shop", CommandId = "rollback-1", Description = "rollback to version 1" },
            });
            Stamp(action.Events, 10);
            await session.SaveChangesAsync(Cancellation);
        }

        await AppendAsync(audit, "commands", 11, new RollbackRequested
        {
            CommandId = "rollback-2", Source = "admin", Gateway = "admin/internal", Target = new RollbackTarget { CommitSha = "0123abc" }, Actor = "linus", Reason = "test",
        });
        await AppendAsync(audit, "commands", 12, new VersionPinned
        {
            CommandId = "pin-1", Source = "shop", Gateway = "shop/edge", Version = 3, Actor = "grace", Reason = "hold during the incident",
        });
        await AppendAsync(audit, "commands", 13, new RollbackRequested
        {
            CommandId = "rollback-3", Source = "shop", Target = new RollbackTarget { PointInTime = Start.AddMinutes(1) }, Actor = "ada", Reason = "compare",
        });
        await AppendAsync(audit, "commands", 14, new VersionUnpinned
        {
            CommandId = "unpin-1", Source = "shop", Gateway = "shop/edge", Actor = "ada", Reason = "incident over",
        });
    }

    private static async Task AppendAsync(AuditStore audit, string stream, int minute, object command)
    {
        await using var session = audit.Store.LightweightSession();
        Stamp(session.Events.Append(stream, command).Events, minute);
        await session.SaveChangesAsync(Cancellation);
    }

    private static void Stamp(IEnumerable<JasperFx.Events.IEvent> events, int minute)
    {
        foreach (var @event in events)
        {
            @event.Timestamp = Start.AddMinutes(minute);
        }
    }

    private static SourceCommit Commit(string message, Dictionary<string, string> files) => new()
    {
        Sha = Sha(message)!,
        ParentShas = [],
        Author = Ada,
        Committer = Ada,
        Message = message,
        Files = files.Select(file => new ManifestFile(file.Key, file.Value)).ToList(),
    };

    private static string? Sha(string message) => message.PadRight(40, '0');

    private static string Line(CommandJournalEntry entry) =>
        $"{entry.Id} {entry.Kind} {entry.Source} gateway {entry.Gateway ?? "-"} target '{entry.Target ?? "-"}' "
        + $"({entry.TargetVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, {entry.TargetCommit ?? "-"}, {AnswerText.Time(entry.TargetTime)}) "
        + $"by {entry.Actor} because '{entry.Reason}' at {AnswerText.Time(entry.At)} resulting {entry.ResultingVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}
