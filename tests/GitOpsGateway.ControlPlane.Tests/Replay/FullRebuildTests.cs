using System.Diagnostics;
using GitOpsGateway.Audit.Storage;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Events.Storage;
using Marten;

namespace GitOpsGateway.ControlPlane.Tests.Replay;

public sealed class FullRebuildTests(ITestOutputHelper output)
{
    [Fact]
    public async Task rebuilding_every_projection_from_the_event_store_gives_the_same_versions_hashes_and_answers()
    {
        await using var scenario = await Scenario.CreateAsync();
        var options = scenario.Options() with { Settings = NodeFeedReader.Settings };
        var first = await scenario.StartAsync(options);
        var history = new ReplayHistory(scenario, first);
        await history.RunAsync();
        var before = await ReadModelAnswers.AskAsync(first, history.Commits);
        first.Process.Kill();
        await first.Process.WaitForExitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        var rebuild = Stopwatch.StartNew();
        await using (var store = DocumentStore.For(store =>
        {
            store.Connection(scenario.Database.ConnectionString);
            store.AddGitOpsGatewayEvents();
            store.AddGitOpsGatewayAudit();
        }))
        {
            await StoreRebuild.RebuildAllAsync(store, TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        }

        rebuild.Stop();
        var second = await scenario.StartAsync(options);
        await second.WaitForIngestedAsync(history.Commits[^1]);
        var after = await ReadModelAnswers.AskAsync(second, history.Commits);

        output.WriteLine($"{history.Commits.Count} commits, {before[^1]}; rebuild of every projection took {rebuild.ElapsedMilliseconds} ms");
        Assert.Equal(22, history.Commits.Count);
        Assert.InRange(before.Count(answer => answer.StartsWith("/api/v1/versions/", StringComparison.Ordinal) && answer.Contains("\"provenance\"", StringComparison.Ordinal)), 20, 200);
        Assert.Contains(before, answer => answer.Contains("rollback to v", StringComparison.Ordinal) && answer.Contains("(active at ", StringComparison.Ordinal));
        Assert.Contains(before, answer => answer.Contains("\"cause\":\"Unpinned\"", StringComparison.Ordinal));
        foreach (var (was, now) in before.Zip(after).Where(pair => pair.First != pair.Second).Take(10))
        {
            output.WriteLine($"before: {was}\nafter:  {now}");
        }

        Assert.Equal(before, after);
    }
}
