using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;

namespace GitOpsGateway.NodeFeed.Tests.Server;

public sealed class ConvergenceCalculatorTests
{
    private static readonly FeedVersion Active = SampleVersions.Version(3);

    [Fact]
    public void nodes_count_as_converged_only_on_the_active_version_and_hash()
    {
        NodeReport[] reports =
        [
            Report("node-a", 3, Active.Hash),
            Report("node-b", 3, new string('0', 64)),
            Report("node-c", 2, SampleVersions.Version(2).Hash),
            Report("node-d", 3, Active.Hash),
        ];

        var listing = ConvergenceCalculator.Build(reports, new HashSet<(string, string)>(), Active_("infra/edge"));

        var gateway = Assert.Single(listing.Gateways);
        Assert.Equal(4, gateway.Nodes);
        Assert.Equal(2, gateway.NodesOnActiveVersion);
        Assert.Equal([(3L, Active.Hash, 2), (3L, new string('0', 64), 1), (2L, SampleVersions.Version(2).Hash, 1)], gateway.Versions.Select(count => (count.Version!.Value, count.Hash!, count.Nodes)));
        Assert.Equal([true, false, false, true], listing.Nodes.Select(node => node.RunsActiveVersion));
    }

    [Fact]
    public void connected_nodes_without_a_report_are_listed_with_no_version_last()
    {
        var connected = new HashSet<(string, string)> { ("infra/edge", "node-a"), ("infra/edge", "node-new") };

        var listing = ConvergenceCalculator.Build([Report("node-a", 3, Active.Hash)], connected, Active_("infra/edge"));

        Assert.Equal(["node-a", "node-new"], listing.Nodes.Select(node => node.Report.Node));
        Assert.All(listing.Nodes, node => Assert.True(node.Connected));
        Assert.Equal([3L, null], listing.Gateways[0].Versions.Select(count => count.Version));
    }

    [Fact]
    public void a_gateway_without_an_active_version_has_no_converged_node()
    {
        var listing = ConvergenceCalculator.Build([Report("node-a", 3, Active.Hash)], new HashSet<(string, string)>(), new Dictionary<string, FeedVersion?>());

        Assert.Null(listing.Gateways[0].ActiveVersion);
        Assert.Equal(0, listing.Gateways[0].NodesOnActiveVersion);
    }

    private static NodeReport Report(string node, long version, string hash) =>
        new() { Node = node, Gateway = "infra/edge", Version = version, Hash = hash, ReceivedAt = DateTimeOffset.UnixEpoch };

    private static Dictionary<string, FeedVersion?> Active_(string gateway) => new() { [gateway] = Active };
}
