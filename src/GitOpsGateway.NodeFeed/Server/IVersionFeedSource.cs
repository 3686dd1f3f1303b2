using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.RouteTables;
using Microsoft.Extensions.Primitives;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// Where the feed learns each Gateway's active version; the control plane implements it over its version store.
/// Every connected node calls <see cref="GetCurrentAsync"/> once on connect and once per change, so keep the
/// active versions in memory rather than querying a database per call, and hand out the same
/// <see cref="FeedVersion"/> instance while a version stays active (the feed serialises each instance once).
/// </summary>
public interface IVersionFeedSource
{
    /// <summary>The Gateway's active version, or null when there is none (unknown Gateway, or not compiled yet).</summary>
    ValueTask<FeedVersion?> GetCurrentAsync(NamespacedName gateway, CancellationToken cancellationToken);

    /// <summary>
    /// A token that fires after the Gateway's active version may have changed. The feed takes the token first and
    /// reads the current version second, so a change between the two is never missed; firing without a change is
    /// harmless. Tokens should have active change callbacks; others are only polled once a second.
    /// </summary>
    IChangeToken GetChangeToken(NamespacedName gateway);
}
