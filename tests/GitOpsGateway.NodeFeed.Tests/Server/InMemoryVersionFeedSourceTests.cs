using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;

namespace GitOpsGateway.NodeFeed.Tests.Server;

public sealed class InMemoryVersionFeedSourceTests
{
    [Fact]
    public async Task publishing_fires_the_token_taken_before_and_the_new_version_is_current()
    {
        var source = new InMemoryVersionFeedSource();
        var token = source.GetChangeToken(SampleVersions.Edge);
        var otherGateway = source.GetChangeToken(SampleVersions.Internal);

        source.Publish(SampleVersions.Version(1));

        Assert.True(token.HasChanged);
        Assert.False(otherGateway.HasChanged);
        Assert.False(source.GetChangeToken(SampleVersions.Edge).HasChanged);
        Assert.Equal(SampleVersions.Version(1), await source.GetCurrentAsync(SampleVersions.Edge, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task withdrawing_leaves_no_current_version_and_fires_the_token()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        var token = source.GetChangeToken(SampleVersions.Edge);

        source.Withdraw(SampleVersions.Edge);

        Assert.True(token.HasChanged);
        Assert.Null(await source.GetCurrentAsync(SampleVersions.Edge, TestContext.Current.CancellationToken));
    }
}
