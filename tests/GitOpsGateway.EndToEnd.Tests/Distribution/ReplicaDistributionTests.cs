using System.Globalization;
using GitOpsGateway.EndToEnd.Tests.Support;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Distribution;

/// <summary>
/// A second control-plane replica with its own node. Its own cluster: node reports are kept in the database, so the
/// extra node would otherwise stay in the listing that <see cref="DistributionTests"/> counts.
/// </summary>
public sealed class ReplicaDistributionTests(DistributionCluster cluster) : IClassFixture<DistributionCluster>
{
    private static readonly TimeSpan ConvergenceTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The replica that ingests notifies the others (<c>NOTIFY gitops_gateway_versions</c>); without it a replica's
    /// nodes would wait for its 30 s safety refresh, far beyond this test's 10 s.
    /// </summary>
    [Fact]
    public async Task a_node_of_another_control_plane_replica_gets_the_version_the_leader_publishes()
    {
        await using var replica = await cluster.StartReplicaAsync(FreePort.Next());
        await using var node = cluster.StartExtraNode(replica.BaseAddress, "node-on-replica");
        await node.WaitForServedAsync(ShopManifests.Host, ShopManifests.RevisionHeader, Text(cluster.Revision), ConvergenceTimeout);

        var revision = Text(await cluster.CommitRevisionAsync());
        await cluster.PushAsync();
        await cluster.ControlPlane.SendPushWebhookAsync(cluster.Repository);

        await node.WaitForServedAsync(ShopManifests.Host, ShopManifests.RevisionHeader, revision, TimeSpan.FromSeconds(10));
        Assert.False((bool)(await replica.GetJsonAsync("api/v1/sources")).AsArray().Single()!["leadingHere"]!);
    }

    private static string Text(int revision) => revision.ToString(CultureInfo.InvariantCulture);
}
