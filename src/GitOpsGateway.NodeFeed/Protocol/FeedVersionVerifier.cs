using GitOpsGateway.RouteTables;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>
/// What a node checks before it lets a version near its proxy. The announced hash is compared with the hash of the
/// table bytes as received: the control plane hashes and sends the canonical bytes, and decoding refuses
/// properties this node's IR does not know, so equal hashes mean the decoded table is the one announced. Hashing
/// the received bytes instead of serialising the decoded table again saves a full serialisation per version.
/// </summary>
internal static class FeedVersionVerifier
{
    public static IReadOnlyList<string> Check(DecodedFeedMessage received, NamespacedName servedGateway)
    {
        var version = received.Version;
        List<string> problems = [];
        if (version.Gateway != servedGateway)
        {
            problems.Add($"Version {version.Version} is for Gateway {version.Gateway}; this node serves {servedGateway}.");
        }

        if (version.Table.Gateway != version.Gateway)
        {
            problems.Add($"Version {version.Version} announces Gateway {version.Gateway} but its table is for {version.Table.Gateway}.");
        }

        var actualHash = received.ReceivedTableHash;
        if (!string.Equals(actualHash, version.Hash, StringComparison.Ordinal))
        {
            problems.Add($"Version {version.Version}: the table hashes to {actualHash}, not to the announced {version.Hash}.");
        }

        return problems;
    }
}
