using GitOpsGateway.RouteTables;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>
/// What a node checks before it lets a version near its proxy. The hash is recomputed from the table the node
/// decoded, so it also refuses a table whose fields this node's IR does not know (they would be dropped on
/// decoding and change the canonical bytes).
/// </summary>
internal static class FeedVersionVerifier
{
    public static IReadOnlyList<string> Check(FeedVersion version, NamespacedName servedGateway)
    {
        List<string> problems = [];
        if (version.Gateway != servedGateway)
        {
            problems.Add($"Version {version.Version} is for Gateway {version.Gateway}; this node serves {servedGateway}.");
        }

        if (version.Table.Gateway != version.Gateway)
        {
            problems.Add($"Version {version.Version} announces Gateway {version.Gateway} but its table is for {version.Table.Gateway}.");
        }

        var actualHash = RouteTableHash.Compute(version.Table);
        if (!string.Equals(actualHash, version.Hash, StringComparison.Ordinal))
        {
            problems.Add($"Version {version.Version}: the table hashes to {actualHash}, not to the announced {version.Hash}.");
        }

        return problems;
    }
}
