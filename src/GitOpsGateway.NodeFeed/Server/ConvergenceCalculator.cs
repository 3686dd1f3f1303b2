using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>Builds the node listing from the reports, the connected nodes and each Gateway's active version.</summary>
internal static class ConvergenceCalculator
{
    /// <param name="reports">The latest report per node.</param>
    /// <param name="connected">Nodes holding a feed connection; those that have not reported yet are listed too.</param>
    /// <param name="active">The active version per Gateway key; Gateways without one are absent or null.</param>
    public static NodeListing Build(
        IEnumerable<NodeReport> reports,
        IReadOnlySet<(string Gateway, string Node)> connected,
        IReadOnlyDictionary<string, FeedVersion?> active)
    {
        var byKey = reports.ToDictionary(report => (report.Gateway, report.Node));
        foreach (var (gateway, node) in connected.Where(key => !byKey.ContainsKey(key)))
        {
            byKey[(gateway, node)] = new NodeReport { Gateway = gateway, Node = node };
        }

        var nodes = byKey.Values
            .Select(report => new NodeState
            {
                Report = report,
                Connected = connected.Contains((report.Gateway, report.Node)),
                RunsActiveVersion = Runs(report, active.GetValueOrDefault(report.Gateway)),
            })
            .OrderBy(state => state.Report.Gateway, StringComparer.Ordinal)
            .ThenBy(state => state.Report.Node, StringComparer.Ordinal)
            .ToList();

        var gateways = nodes
            .GroupBy(state => state.Report.Gateway, StringComparer.Ordinal)
            .Select(group => Convergence(group.Key, [.. group], active.GetValueOrDefault(group.Key)))
            .ToList();

        return new NodeListing { Gateways = gateways, Nodes = nodes };
    }

    private static GatewayConvergence Convergence(string gateway, IReadOnlyList<NodeState> nodes, FeedVersion? active) => new()
    {
        Gateway = gateway,
        ActiveVersion = active?.Version,
        ActiveHash = active?.Hash,
        Nodes = nodes.Count,
        NodesOnActiveVersion = nodes.Count(state => state.RunsActiveVersion),
        Versions = nodes
            .GroupBy(state => (state.Report.Version, state.Report.Hash))
            .Select(group => new VersionCount { Version = group.Key.Version, Hash = group.Key.Hash, Nodes = group.Count() })
            .OrderByDescending(count => count.Version.HasValue)
            .ThenByDescending(count => count.Version)
            .ThenByDescending(count => count.Nodes)
            .ThenBy(count => count.Hash, StringComparer.Ordinal)
            .ToList(),
    };

    private static bool Runs(NodeReport report, FeedVersion? active) =>
        active is not null && report.Version == active.Version && string.Equals(report.Hash, active.Hash, StringComparison.Ordinal);
}
