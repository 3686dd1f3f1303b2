using System.Globalization;
using GitOpsGateway.FaultInjection.Tests.Support;

namespace GitOpsGateway.FaultInjection.Tests.Disk;

/// <summary>
/// The node's state folder sits on a 64 KiB tmpfs that the test fills: the node keeps applying and serving new
/// versions, says through the control plane that it cannot save its last-known-good table, and the file it had
/// saved before still starts it (uncorrupted) when the control plane is away.
/// </summary>
public sealed class LastKnownGoodDiskFullTests(ITestOutputHelper output)
{
    [Fact]
    public async Task a_full_disk_under_the_last_known_good_file_keeps_the_node_serving_and_is_reported()
    {
        Assert.SkipUnless(Environment.UserName == "root", "Mounting a tmpfs needs root (CI runs as root).");
        var findings = new Findings(output);
        await using var cluster = await FaultCluster.CreateAsync();
        await using var disk = await TmpfsMount.MountAsync(cluster.NodeState, "64k");
        await cluster.StartControlPlaneAsync();
        cluster.StartNode();
        await cluster.WaitForServedAsync(cluster.Revision);
        var saved = Directory.EnumerateFiles(cluster.NodeState, "*", SearchOption.AllDirectories).ToList();
        output.WriteLine("saved before the disk filled: " + string.Join(", ", saved));
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        output.WriteLine($"filled the disk with {disk.Fill()} bytes");

        await using (var traffic = cluster.StartTraffic())
        {
            await cluster.PushRevisionAsync();
            await cluster.WaitForServedAsync(cluster.Revision, TimeSpan.FromSeconds(60));
            string? reported = null;
            try
            {
                await Eventually.WaitForAsync(
                    async () =>
                    {
                        var nodes = await cluster.ControlPlane.GetJsonAsync("/api/v1/nodes");
                        reported = nodes.ToJsonString();
                        return JsonText.Strings(nodes).Any(text => text.Contains("space", StringComparison.OrdinalIgnoreCase) || text.Contains("last-known-good", StringComparison.OrdinalIgnoreCase));
                    },
                    "the node to report that it cannot save its last-known-good table",
                    TimeSpan.FromSeconds(30),
                    TimeSpan.FromMilliseconds(250));
            }
            catch (TimeoutException timeout)
            {
                findings.Add($"{timeout.Message} /api/v1/nodes said: {reported}");
            }

            var report = await traffic.StopAsync();
            output.WriteLine(report.ToString());
            findings.Check(report.Failures.Count == 0, "the valid route stopped serving: " + report);
            cluster.AssertAlive();
        }

        // The control plane away, the node restarted: it starts from the file saved before the disk filled.
        await cluster.KillControlPlaneAsync();
        await cluster.KillNodeAsync();
        cluster.StartNode();
        try
        {
            await Eventually.WaitForAsync(
                async () => (await cluster.Node.TryGetAsync(FaultCluster.Host))?.Header(FaultCluster.RevisionHeader) is "1" or "2",
                "the restarted node to serve its last-known-good table",
                TimeSpan.FromSeconds(60),
                TimeSpan.FromMilliseconds(200));
        }
        catch (TimeoutException timeout)
        {
            findings.Add($"{timeout.Message} Node output:\n{string.Join('\n', cluster.Node.Process.Lines.TakeLast(30))}");
        }

        disk.Free();
        await cluster.StartControlPlaneAsync();
        await cluster.PushRevisionAsync();
        await cluster.WaitForServedAsync(cluster.Revision, TimeSpan.FromSeconds(60));
        cluster.AssertAlive();
        await cluster.KillNodeAsync();
        output.WriteLine("revision served at the end: " + cluster.Revision.ToString(CultureInfo.InvariantCulture));
        findings.AssertNone();
    }
}
