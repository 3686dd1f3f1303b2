namespace GitOpsGateway.NodeFeed.Server;

/// <summary>Settings of the feed endpoints (<c>AddNodeFeed</c>).</summary>
public sealed class NodeFeedOptions
{
    /// <summary>Bearer tokens nodes present to read the feed and post reports. None configured: every request is refused.</summary>
    public IList<string> NodeTokens { get; } = [];

    /// <summary>Further tokens allowed to read the node listing only (the admin API's token, for example).</summary>
    public IList<string> ReaderTokens { get; } = [];

    /// <summary>
    /// The longest silence on a feed connection: proxies keep the stream open and nodes notice a dead one. Nodes
    /// give up after <c>FeedSubscriberOptions.IdleTimeout</c>, which must stay well above this.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
}
