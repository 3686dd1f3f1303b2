using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GitOpsGateway.FaultInjection.Tests.Support;

namespace GitOpsGateway.FaultInjection.Tests.Database;

/// <summary>
/// PostgreSQL stops (as in a crash: connections cut) and comes back on the same port with the same data, while the
/// control plane ingests, rolls back, or simply feeds its nodes. Each test has a server of its own.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task a_database_outage_during_ingestion_loses_no_commit_and_stops_no_route()
    {
        var random = new Random(FaultSuiteMode.Seed(output));
        var findings = new Findings(output);
        await using var cluster = await FaultCluster.StartAsync();
        await using var traffic = cluster.StartTraffic();

        var beforeOutage = await cluster.PushRevisionAsync();
        // The watcher polls every 300 ms: the outage begins somewhere in the fetch, the append or the publication.
        await Task.Delay(random.Next(0, 400), TestContext.Current.CancellationToken);
        await cluster.Server.InterruptAsync(TestContext.Current.CancellationToken);
        findings.Add(await DatabaseOutageEvidence.CheckVisibleAsync(cluster.ControlPlane));
        var duringOutage = await cluster.PushRevisionAsync();
        await Task.Delay(FaultSuiteMode.ShortOutage, TestContext.Current.CancellationToken);
        cluster.AssertAlive();

        await cluster.Server.ResumeAsync(TestContext.Current.CancellationToken);
        foreach (var sha in new[] { beforeOutage, duringOutage })
        {
            output.WriteLine($"{sha}: {await cluster.WaitForIngestedOrVisiblyFailedAsync(sha)}");
        }

        await cluster.WaitForServedAsync(cluster.Revision);
        var report = await traffic.StopAsync();
        output.WriteLine(report.ToString());
        findings.Check(report.Failures.Count == 0, "the valid route stopped serving: " + report);
        cluster.AssertAlive();
        findings.AssertNone();
    }

    [Fact]
    public async Task a_database_outage_during_a_rollback_answers_with_a_reason_and_the_rollback_lands_once_it_is_back()
    {
        var random = new Random(FaultSuiteMode.Seed(output));
        var findings = new Findings(output);
        await using var cluster = await FaultCluster.StartAsync();
        var second = await cluster.PushRevisionAsync();
        await cluster.WaitForServedAsync(2);
        await cluster.PushRevisionAsync();
        await cluster.WaitForServedAsync(3);
        var target = (await cluster.VersionsAsync()).Single(version => (string?)version["provenance"]!["commitSha"] == second);
        var targetNumber = (long)target["number"]!;
        await using var traffic = cluster.StartTraffic();

        // The outage begins while the rollback's command runs.
        var rollback = RollBackAsync(cluster.ControlPlane, targetNumber);
        await Task.Delay(random.Next(0, 60), TestContext.Current.CancellationToken);
        await cluster.Server.InterruptAsync(TestContext.Current.CancellationToken);
        var (status, body) = await rollback.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        output.WriteLine($"rollback as the database stopped: {(int)status} {body}");
        findings.Add(AnsweredWithReason(status, body));

        // A rollback asked for while the database is away answers too, with its reason, instead of hanging.
        var (downStatus, downBody) = await RollBackAsync(cluster.ControlPlane, targetNumber).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        output.WriteLine($"rollback while the database is away: {(int)downStatus} {downBody}");
        findings.Check(downStatus != HttpStatusCode.OK, "A rollback answered 200 while the database was stopped.");
        findings.Add(AnsweredWithReason(downStatus, downBody));
        findings.Add(await DatabaseOutageEvidence.CheckVisibleAsync(cluster.ControlPlane));
        await Task.Delay(FaultSuiteMode.ShortOutage, TestContext.Current.CancellationToken);
        cluster.AssertAlive();

        await cluster.Server.ResumeAsync(TestContext.Current.CancellationToken);
        if (status != HttpStatusCode.OK)
        {
            await Eventually.WaitForAsync(
                async () => (await RollBackAsync(cluster.ControlPlane, targetNumber)).Status == HttpStatusCode.OK,
                "the retried rollback to succeed once the database is back",
                TimeSpan.FromSeconds(60),
                TimeSpan.FromMilliseconds(500));
        }

        await cluster.WaitForServedAsync(2);
        var numbers = (await cluster.VersionsAsync()).Select(version => (long)version["number"]!).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count).Select(number => (long)number), numbers);
        var report = await traffic.StopAsync();
        output.WriteLine(report.ToString());
        findings.Check(report.Failures.Count == 0, "the valid route stopped serving: " + report);
        cluster.AssertAlive();
        findings.AssertNone();
    }

    [Fact]
    public async Task nodes_keep_serving_through_a_long_database_outage_and_catch_up_after_it()
    {
        var findings = new Findings(output);
        await using var cluster = await FaultCluster.StartAsync();
        await using var traffic = cluster.StartTraffic();

        await cluster.Server.InterruptAsync(TestContext.Current.CancellationToken);
        var outage = System.Diagnostics.Stopwatch.StartNew();
        findings.Add(await DatabaseOutageEvidence.CheckVisibleAsync(cluster.ControlPlane));
        var duringOutage = await cluster.PushRevisionAsync();
        while (outage.Elapsed < FaultSuiteMode.LongOutage)
        {
            cluster.AssertAlive();
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        }

        output.WriteLine($"outage held {outage.Elapsed.TotalSeconds:F0} s");
        await cluster.Server.ResumeAsync(TestContext.Current.CancellationToken);
        output.WriteLine($"{duringOutage}: {await cluster.WaitForIngestedOrVisiblyFailedAsync(duringOutage)}");
        await cluster.WaitForServedAsync(cluster.Revision);
        await cluster.PushRevisionAsync();
        await cluster.WaitForServedAsync(cluster.Revision, TimeSpan.FromSeconds(30));

        var report = await traffic.StopAsync();
        output.WriteLine(report.ToString());
        findings.Check(report.Failures.Count == 0, "the valid route stopped serving: " + report);
        cluster.AssertAlive();
        findings.AssertNone();
    }

    private static async Task<(HttpStatusCode Status, string Body)> RollBackAsync(ControlPlaneProcess controlPlane, long version)
    {
        try
        {
            using var response = await controlPlane.Admin.PostAsJsonAsync(
                new Uri("/api/v1/rollback", UriKind.Relative),
                new JsonObject { ["toVersion"] = version, ["reason"] = "fault injection" },
                TestContext.Current.CancellationToken);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        catch (TaskCanceledException exception) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return (HttpStatusCode.RequestTimeout, "no answer within the client's timeout: " + exception.Message);
        }
    }

    private static string? AnsweredWithReason(HttpStatusCode status, string body) =>
        status == HttpStatusCode.OK || ((int)status >= 500 || status == HttpStatusCode.Conflict) && DatabaseOutageEvidence.NamesDatabase(body)
            ? null
            : $"A rollback answers 200, or an error status whose reason names the database; got {(int)status} '{body}'.";
}
