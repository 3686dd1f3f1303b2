using GitOpsGateway.Audit.Nodes;
using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.Tests.Support;
using GitOpsGateway.NodeFeed.Protocol;
using Marten;

namespace GitOpsGateway.Audit.Tests.Nodes;

public sealed class MartenNodeRegistryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 4, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task convergence_per_version_says_which_nodes_applied_it_when_which_moved_on_and_which_failed()
    {
        await using var audit = await AuditStore.CreateAsync(Cancellation);
        var registry = new MartenNodeRegistry(audit.Store);
        await registry.RecordAsync(Report("node-a", "shop/edge", version: 1, applied: 1, received: 1), Cancellation);
        await registry.RecordAsync(Report("node-b", "shop/edge", version: 1, applied: 2, received: 2), Cancellation);
        await registry.RecordAsync(Report("node-a", "shop/edge", version: 2, applied: 10, received: 10), Cancellation);
        await registry.RecordAsync(Report("node-b", "shop/edge", version: 1, applied: 2, received: 11) with { AttemptedVersion = 2, Errors = ["hash mismatch"] }, Cancellation);
        await registry.RecordAsync(Report("node-c", "admin/internal", version: 2, applied: 12, received: 12), Cancellation);
        await using var session = audit.Store.QuerySession();

        var one = await AuditQueries.VersionConvergenceAsync(session, 1, null, Cancellation);
        var two = await AuditQueries.VersionConvergenceAsync(session, 2, null, Cancellation);
        var paged = await AuditQueries.VersionConvergenceAsync(session, 2, new PageRequest { Size = 2, NewestFirst = true }, Cancellation);

        Assert.Equal((2, 1, 0), (one.Applied, one.Running, one.Failed));
        Assert.Equal(
            [
                "shop/edge/node-a@1 shop/edge/node-a shop/edge node-a v1 hash-1 applied 2026-11-04 12:01:00Z first 2026-11-04 12:01:00Z last 2026-11-04 12:01:00Z replaced 2026-11-04 12:10:00Z by 2 errors []",
                "shop/edge/node-b@1 shop/edge/node-b shop/edge node-b v1 hash-1 applied 2026-11-04 12:02:00Z first 2026-11-04 12:02:00Z last 2026-11-04 12:11:00Z replaced - by - errors []",
            ],
            AnswerText.Of(one.Nodes.Items));
        Assert.Equal((2, 2, 1), (two.Applied, two.Running, two.Failed));
        Assert.Equal(
            [
                "admin/internal/node-c@2 admin/internal/node-c admin/internal node-c v2 hash-2 applied 2026-11-04 12:12:00Z first 2026-11-04 12:12:00Z last 2026-11-04 12:12:00Z replaced - by - errors []",
                "shop/edge/node-a@2 shop/edge/node-a shop/edge node-a v2 hash-2 applied 2026-11-04 12:10:00Z first 2026-11-04 12:10:00Z last 2026-11-04 12:10:00Z replaced - by - errors []",
                "shop/edge/node-b@2 shop/edge/node-b shop/edge node-b v2 - applied - first 2026-11-04 12:11:00Z last 2026-11-04 12:11:00Z replaced - by - errors [hash mismatch]",
            ],
            AnswerText.Of(two.Nodes.Items));
        Assert.Equal(["node-b", "node-a"], paged.Nodes.Items.Select(run => run.Node));
        Assert.True(paged.Nodes.HasMore);
    }

    [Fact]
    public async Task a_node_history_lists_the_versions_it_ran_in_order()
    {
        await using var audit = await AuditStore.CreateAsync(Cancellation);
        var registry = new MartenNodeRegistry(audit.Store);
        foreach (var version in new long[] { 1, 2, 3 })
        {
            await registry.RecordAsync(Report("node-a", "shop/edge", version, applied: (int)version * 10, received: (int)version * 10), Cancellation);
        }

        await using var session = audit.Store.QuerySession();
        var history = await AuditQueries.NodeHistoryAsync(session, "shop/edge", "node-a", null, Cancellation);
        var newest = await AuditQueries.NodeHistoryAsync(session, "shop/edge", "node-a", new PageRequest { Size = 1, NewestFirst = true }, Cancellation);

        Assert.Equal(
            ["v1 12:10:00 -> 12:20:00 by 2", "v2 12:20:00 -> 12:30:00 by 3", "v3 12:30:00 -> - by -"],
            history.Items.Select(run => $"v{run.VersionNumber} {run.AppliedAt:HH:mm:ss} -> {run.ReplacedAt?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} by {run.ReplacedBy?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));
        Assert.Equal(3, Assert.Single(newest.Items).VersionNumber);
        Assert.True(newest.HasMore);
    }

    [Fact]
    public async Task the_registry_finds_and_lists_the_latest_reports_and_keeps_them_across_restarts()
    {
        await using var audit = await AuditStore.CreateAsync(Cancellation);
        await new MartenNodeRegistry(audit.Store).RecordAsync(Report("node-a", "shop/edge", 1, 1, 1), Cancellation);
        await new MartenNodeRegistry(audit.Store).RecordAsync(Report("node-b", "shop/edge", 1, 2, 2), Cancellation);
        await new MartenNodeRegistry(audit.Store).RecordAsync(Report("node-a", "shop/edge", 2, 3, 3), Cancellation);

        var restarted = new MartenNodeRegistry(audit.Store);
        var found = await restarted.FindAsync("shop/edge", "node-a", Cancellation);
        var missing = await restarted.FindAsync("shop/edge", "node-z", Cancellation);
        var listed = await restarted.ListAsync(Cancellation);

        Assert.Equal(Report("node-a", "shop/edge", 2, 3, 3), found, ReportComparer.Instance);
        Assert.Null(missing);
        Assert.Equal(
            [Report("node-a", "shop/edge", 2, 3, 3), Report("node-b", "shop/edge", 1, 2, 2)],
            listed.OrderBy(report => report.Node, StringComparer.Ordinal).ToList(),
            ReportComparer.Instance);
    }

    [Fact]
    public async Task a_repeated_report_records_no_new_fact_and_a_report_without_receipt_time_is_stamped_by_the_clock()
    {
        await using var audit = await AuditStore.CreateAsync(Cancellation);
        var clock = new ManualClock(Start.AddMinutes(30));
        var registry = new MartenNodeRegistry(audit.Store, clock);
        await registry.RecordAsync(Report("node-a", "shop/edge", 1, 1, 1), Cancellation);
        await registry.RecordAsync(Report("node-a", "shop/edge", 1, 1, 5), Cancellation);
        await registry.RecordAsync(Report("node-a", "shop/edge", 1, 1, 6) with { ReceivedAt = null, AttemptedVersion = 2, Errors = ["refused"] }, Cancellation);

        await using var session = audit.Store.QuerySession();
        var facts = await session.Events.FetchStreamAsync(NodeReported.StreamFor("shop/edge", "node-a"), token: Cancellation);
        var latest = await registry.FindAsync("shop/edge", "node-a", Cancellation);

        Assert.Equal([(1L, Start.AddMinutes(1)), (2L, Start.AddMinutes(30))], facts.Select(fact => (fact.Version, ((NodeReported)fact.Data).ReceivedAt)));
        Assert.Equal(Start.AddMinutes(30), latest!.ReceivedAt);
        Assert.Equal(["refused"], ((NodeReported)facts[1].Data).Errors);
    }

    [Fact]
    public async Task two_replicas_recording_the_same_node_at_once_both_succeed()
    {
        await using var audit = await AuditStore.CreateAsync(Cancellation);
        var first = new MartenNodeRegistry(audit.Store);
        var second = new MartenNodeRegistry(audit.Store);

        await Task.WhenAll(
            first.RecordAsync(Report("node-a", "shop/edge", 1, 1, 1), Cancellation).AsTask(),
            second.RecordAsync(Report("node-a", "shop/edge", 2, 2, 2), Cancellation).AsTask());

        await using var session = audit.Store.QuerySession();
        var facts = await session.Events.FetchStreamAsync(NodeReported.StreamFor("shop/edge", "node-a"), token: Cancellation);
        Assert.Equal([1L, 2L], facts.Select(fact => fact.Version));
        Assert.Equal(
            [1L, 2L],
            facts.Select(fact => ((NodeReported)fact.Data).Version!.Value).Order());
    }

    private static NodeReport Report(string node, string gateway, long version, int applied, int received) => new()
    {
        Node = node,
        Gateway = gateway,
        Version = version,
        Hash = $"hash-{version}",
        AppliedAt = Start.AddMinutes(applied),
        AttemptedVersion = version,
        ReceivedAt = Start.AddMinutes(received),
    };

    /// <summary>Records compare their error lists by reference; reports read back hold equal lists, not the same one.</summary>
    private sealed class ReportComparer : IEqualityComparer<NodeReport>
    {
        public static readonly ReportComparer Instance = new();

        public bool Equals(NodeReport? x, NodeReport? y) =>
            x is not null && y is not null && (x with { Errors = [] }) == (y with { Errors = [] }) && x.Errors.SequenceEqual(y.Errors);

        public int GetHashCode(NodeReport obj) => obj.Node.GetHashCode(StringComparison.Ordinal);
    }
}
