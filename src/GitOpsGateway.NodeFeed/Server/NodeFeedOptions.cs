namespace GitOpsGateway.NodeFeed.Server;

/// <summary>Settings of the feed endpoints (<c>AddNodeFeed</c>).</summary>
public sealed class NodeFeedOptions
{
    /// <summary>
    /// Named bearer tokens nodes present to read the feed and post reports, each for the Gateways it names. None
    /// configured: every request is refused. The host may replace them later through <see cref="NodeTokenSet"/>.
    /// </summary>
    public IList<NodeTokenGrant> NodeTokens { get; } = [];

    /// <summary>How long a node token replaced under the same name stays valid after the replacement.</summary>
    public TimeSpan NodeTokenOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Further tokens allowed to read the whole node listing only (the admin API's token, for example).</summary>
    public IList<string> ReaderTokens { get; } = [];

    /// <summary>
    /// The longest silence on a feed connection: proxies keep the stream open and nodes notice a dead one. Nodes
    /// give up after <c>FeedSubscriberOptions.IdleTimeout</c>, which must stay well above this.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
}
