using GitOpsGateway.DataPlane;
using GitOpsGateway.NodeFeed.Protocol;
using FeedOutcome = GitOpsGateway.NodeFeed.Client.ApplyOutcome;

namespace GitOpsGateway.Host.DataPlaneCommand;

/// <summary>The subscriber's apply callback: a verified feed version goes to the node, and its outcome back into the report.</summary>
internal static class FeedApply
{
    public static Func<FeedVersion, CancellationToken, Task<FeedOutcome>> To(DataPlaneNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return async (version, cancellationToken) =>
        {
            var outcome = await node.ApplyAsync(version.Version, version.Hash, version.Table, cancellationToken);
            return outcome.Applied
                ? new FeedOutcome { Applied = true, Errors = [.. outcome.Errors] }
                : FeedOutcome.Refused(outcome.Errors);
        };
    }
}
