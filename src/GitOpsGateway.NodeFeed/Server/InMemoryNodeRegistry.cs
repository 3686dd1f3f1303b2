using System.Collections.Concurrent;
using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>Reports held in this process: lost on restart, after which each node's next report fills it again.</summary>
public sealed class InMemoryNodeRegistry : INodeRegistry
{
    private readonly ConcurrentDictionary<(string Gateway, string Node), NodeReport> reports = new();

    public ValueTask RecordAsync(NodeReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        reports[(report.Gateway, report.Node)] = report;
        return ValueTask.CompletedTask;
    }

    public ValueTask<NodeReport?> FindAsync(string gateway, string node, CancellationToken cancellationToken) =>
        ValueTask.FromResult(reports.GetValueOrDefault((gateway, node)));

    public ValueTask<IReadOnlyList<NodeReport>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<NodeReport>>([.. reports.Values]);
}
