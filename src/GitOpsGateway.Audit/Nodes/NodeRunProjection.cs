using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Audit.Nodes;

/// <summary>Turns <see cref="NodeReported"/> facts into one <see cref="NodeVersionRun"/> per node and version.</summary>
internal sealed class NodeRunProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var runs = new Dictionary<string, NodeVersionRun?>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            if (@event.Data is not NodeReported report)
            {
                continue;
            }

            if (report.PreviousVersion is { } previous && previous != report.Version
                && await FindAsync(operations, runs, report, previous, cancellation) is { } replaced)
            {
                Keep(operations, runs, replaced with { ReplacedAt = report.AppliedAt ?? report.ReceivedAt, ReplacedBy = report.Version });
            }

            if (report.Version is { } version)
            {
                var run = await FindAsync(operations, runs, report, version, cancellation) ?? New(report, version);
                Keep(operations, runs, run with
                {
                    Hash = report.Hash,
                    AppliedAt = run.AppliedAt ?? report.AppliedAt,
                    LastReportedAt = report.ReceivedAt,
                    ReplacedAt = null,
                    ReplacedBy = null,
                    Errors = [],
                });
            }

            if (report.AttemptedVersion is { } attempted && attempted != report.Version && report.Errors.Count > 0)
            {
                var failed = await FindAsync(operations, runs, report, attempted, cancellation) ?? New(report, attempted);
                Keep(operations, runs, failed with { LastReportedAt = report.ReceivedAt, Errors = report.Errors });
            }
        }
    }

    private static NodeVersionRun New(NodeReported report, long version) => new()
    {
        Id = NodeVersionRun.IdFor(report.Gateway, report.Node, version),
        NodeKey = NodeStatusRecord.IdFor(report.Gateway, report.Node),
        Gateway = report.Gateway,
        Node = report.Node,
        VersionNumber = version,
        FirstReportedAt = report.ReceivedAt,
        LastReportedAt = report.ReceivedAt,
    };

    private static async Task<NodeVersionRun?> FindAsync(
        IDocumentOperations operations, Dictionary<string, NodeVersionRun?> runs, NodeReported report, long version, CancellationToken cancellation)
    {
        var id = NodeVersionRun.IdFor(report.Gateway, report.Node, version);
        if (!runs.TryGetValue(id, out var run))
        {
            run = await operations.LoadAsync<NodeVersionRun>(id, cancellation);
            runs[id] = run;
        }

        return run;
    }

    private static void Keep(IDocumentOperations operations, Dictionary<string, NodeVersionRun?> runs, NodeVersionRun run)
    {
        runs[run.Id] = run;
        operations.Store(run);
    }
}
