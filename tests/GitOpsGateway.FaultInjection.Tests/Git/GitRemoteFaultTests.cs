using System.Diagnostics;
using System.Text.Json.Nodes;
using GitOpsGateway.FaultInjection.Tests.Support;

namespace GitOpsGateway.FaultInjection.Tests.Git;

/// <summary>
/// The Git remote goes away (its folder renamed; an HTTPS remote whose port then refuses connections) or answers
/// slowly (an HTTPS remote dribbling its answers): routes keep serving, the admin API keeps answering and says why
/// the source is stuck, and the commits arrive once the remote is back.
/// </summary>
public sealed class GitRemoteFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task an_unreachable_remote_is_reported_with_its_reason_and_its_commits_arrive_once_it_is_back()
    {
        var findings = new Findings(output);
        await using var cluster = await FaultCluster.StartAsync();
        await using var traffic = cluster.StartTraffic();
        var away = cluster.Remote.BarePath + ".away";

        Directory.Move(cluster.Remote.BarePath, away);
        findings.Add(await WaitForLastErrorAsync(cluster));
        await Task.Delay(FaultSuiteMode.RemoteAway, TestContext.Current.CancellationToken);
        cluster.AssertAlive();

        Directory.Move(away, cluster.Remote.BarePath);
        var sha = await cluster.PushRevisionAsync();
        findings.Check(await cluster.WaitForIngestedOrVisiblyFailedAsync(sha) == "ingested", $"{sha} was not ingested once the remote was back");
        await cluster.WaitForServedAsync(cluster.Revision);
        await Eventually.WaitForAsync(async () => (string?)(await cluster.ControlPlane.SourceAsync())["lastError"] is null, "the source's error to clear");

        var report = await traffic.StopAsync();
        output.WriteLine(report.ToString());
        findings.Check(report.Failures.Count == 0, "the valid route stopped serving: " + report);
        cluster.AssertAlive();
        findings.AssertNone();
    }

    [Fact]
    public async Task a_slow_remote_and_then_a_refusing_one_block_neither_serving_nor_the_admin_api()
    {
        var findings = new Findings(output);
        await using var cluster = await FaultCluster.CreateAsync();
        await using var remote = await SlowGitHttpsServer.StartAsync(cluster.Remote.RootPath, cluster.Root);
        cluster.RepositoryLocation = remote.RepositoryUrl(Path.GetFileName(cluster.Remote.BarePath)).ToString();
        cluster.ControlPlaneEnvironment["SSL_CERT_FILE"] = remote.CertificateFile;
        await cluster.StartControlPlaneAsync();
        cluster.StartNode();
        await cluster.WaitForServedAsync(cluster.Revision);
        await using var traffic = cluster.StartTraffic();

        // Slow: every answer of the remote comes 512 bytes at a time, 250 ms apart.
        remote.ChunkSize = 512;
        remote.ChunkDelay = TimeSpan.FromMilliseconds(250);
        var before = remote.Requests;
        var slowSha = await cluster.PushRevisionAsync();
        var slowest = TimeSpan.Zero;
        var ingestion = cluster.WaitForIngestedOrVisiblyFailedAsync(slowSha, TimeSpan.FromMinutes(3));
        while (!ingestion.IsCompleted)
        {
            var answered = Stopwatch.StartNew();
            await cluster.ControlPlane.GetJsonAsync("/api/v1/sources");
            slowest = answered.Elapsed > slowest ? answered.Elapsed : slowest;
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        output.WriteLine($"slow remote: {await ingestion} after {remote.Requests - before} requests; slowest admin answer {slowest.TotalMilliseconds:F0} ms");
        findings.Check(await ingestion == "ingested", $"{slowSha} was not ingested from the slow remote");
        findings.Check(slowest < TimeSpan.FromSeconds(5), $"the admin API took {slowest} to answer while the remote was slow");
        await cluster.WaitForServedAsync(cluster.Revision);

        // Refusing: the remote's port stops accepting connections.
        remote.ChunkDelay = TimeSpan.Zero;
        await remote.StopAsync();
        findings.Add(await WaitForLastErrorAsync(cluster));
        await Task.Delay(FaultSuiteMode.RemoteAway, TestContext.Current.CancellationToken);
        cluster.AssertAlive();
        await remote.StartAsync();
        var backSha = await cluster.PushRevisionAsync();
        findings.Check(await cluster.WaitForIngestedOrVisiblyFailedAsync(backSha) == "ingested", $"{backSha} was not ingested once the remote answered again");
        await cluster.WaitForServedAsync(cluster.Revision);

        var report = await traffic.StopAsync();
        output.WriteLine(report.ToString());
        findings.Check(report.Failures.Count == 0, "the valid route stopped serving: " + report);
        cluster.AssertAlive();
        findings.AssertNone();
    }

    /// <summary>Waits until the source's listing carries an error; returns a problem when it never does.</summary>
    private async Task<string?> WaitForLastErrorAsync(FaultCluster cluster)
    {
        JsonObject? source = null;
        try
        {
            await Eventually.WaitForAsync(
                async () => (source = await cluster.ControlPlane.SourceAsync())["lastError"] is JsonValue error && ((string?)error)?.Length > 0,
                "the unreachable remote to show as the source's error",
                TimeSpan.FromSeconds(60),
                TimeSpan.FromMilliseconds(200));
            output.WriteLine("source error: " + source!["lastError"]);
            return null;
        }
        catch (TimeoutException timeout)
        {
            return $"{timeout.Message} The source said: {source?.ToJsonString()}";
        }
    }
}
