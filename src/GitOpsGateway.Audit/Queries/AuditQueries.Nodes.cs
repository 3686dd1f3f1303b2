using GitOpsGateway.Audit.Nodes;
using Marten;

namespace GitOpsGateway.Audit.Queries;

public static partial class AuditQueries
{
    /// <summary>For one version: which nodes applied it and when, which moved on and when, which failed and why. One round trip.</summary>
    public static async Task<VersionConvergence> VersionConvergenceAsync(
        IQuerySession session, long version, PageRequest? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        page ??= PageRequest.First;
        page.Validate();

        var batch = session.CreateBatchQuery();
        var runs = batch.Query<NodeVersionRun>().Where(run => run.VersionNumber == version);
        var nodes = (page.NewestFirst
                ? runs.OrderByDescending(run => run.Gateway).ThenByDescending(run => run.Node)
                : runs.OrderBy(run => run.Gateway).ThenBy(run => run.Node))
            .Skip(page.Skip).Take(page.Size + 1).ToList();
        var applied = batch.Query<NodeVersionRun>().Where(run => run.VersionNumber == version && run.AppliedAt != null).Count();
        var running = batch.Query<NodeVersionRun>().Where(run => run.VersionNumber == version && run.AppliedAt != null && run.ReplacedAt == null).Count();
        var failed = batch.Query<NodeVersionRun>().Where(run => run.VersionNumber == version && run.AppliedAt == null).Count();
        await batch.Execute(cancellationToken);
        return new VersionConvergence
        {
            Version = version,
            Applied = (int)await applied,
            Running = (int)await running,
            Failed = (int)await failed,
            Nodes = Page<NodeVersionRun>.From(await nodes, page),
        };
    }

    /// <summary>The versions one node ran, in order: when it applied each and when it moved on.</summary>
    public static async Task<Page<NodeVersionRun>> NodeHistoryAsync(
        IQuerySession session, string gateway, string node, PageRequest? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        page ??= PageRequest.First;
        page.Validate();

        var key = NodeStatusRecord.IdFor(gateway, node);
        var runs = session.Query<NodeVersionRun>().Where(run => run.NodeKey == key);
        var ordered = page.NewestFirst ? runs.OrderByDescending(run => run.VersionNumber) : runs.OrderBy(run => run.VersionNumber);
        var items = await ordered.Skip(page.Skip).Take(page.Size + 1).ToListAsync(cancellationToken);
        return Page<NodeVersionRun>.From(items, page);
    }
}
