using GitOpsGateway.Testing.Manifests;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Storage;
using JasperFx.Events;

namespace GitOpsGateway.ControlPlane.Tests.Watching;

public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int HistoryLength = 200;

    [Fact]
    public async Task kill_9_in_the_middle_of_a_long_history_then_restart_leaves_no_partial_commit_no_duplicate_and_no_gap()
    {
        await using var scenario = await Scenario.CreateAsync();
        await scenario.Remote.PushValidRepositoryAsync();
        for (var i = 1; i <= HistoryLength; i++)
        {
            scenario.Remote.WriteFile($"{TestRepository.Folder}/route.yaml", ShopManifests.Route(path: $"/v{i}"));
            await scenario.Remote.CommitAsync($"Route to /v{i}", cancellationToken: TestContext.Current.CancellationToken);
        }

        await scenario.Remote.PushAsync(TestContext.Current.CancellationToken);
        var history = (await scenario.Remote.RunGitAsync(["rev-list", "--first-parent", "--reverse", "HEAD"], TestContext.Current.CancellationToken)).Split('\n');
        var options = scenario.Options() with
        {
            Settings = new Dictionary<string, string> { ["INGESTION__INITIALHISTORYDEPTH"] = "1000", ["INGESTION__BATCHSIZE"] = "10" },
        };

        var first = await scenario.StartAsync(options);
        await Eventually.WaitForAsync(async () => (long?)(await first.SourceAsync())["ingestedCount"] >= 20, "20 commits to be ingested");
        first.Process.Kill();
        await first.Process.WaitForExitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var beforeRestart = await scenario.Events.IngestedShasAsync();
        output.WriteLine($"killed after {beforeRestart.Count} of {history.Length} commits");
        Assert.InRange(beforeRestart.Count, 20, history.Length - 1);

        var second = await scenario.StartAsync(options, first.StateDirectory);
        await second.WaitForIngestedAsync(history[^1], TimeSpan.FromSeconds(90));

        Assert.Equal(history, await scenario.Events.IngestedShasAsync());
        AssertEveryCommitIsWhole(await scenario.Events.SourceStreamAsync());
    }

    /// <summary>Each commit after the first changed the route once: its events are its CommitIngested and exactly one ResourceChanged, all stamped with its sha.</summary>
    private static void AssertEveryCommitIsWhole(IReadOnlyList<IEvent> stream)
    {
        var commits = new List<(string Sha, List<IEvent> Events)>();
        foreach (var @event in stream)
        {
            if (@event.Data is CommitIngested ingested)
            {
                commits.Add((ingested.Sha, []));
            }

            Assert.NotEmpty(commits);
            commits[^1].Events.Add(@event);
        }

        foreach (var (sha, events) in commits.Skip(1))
        {
            Assert.All(events, @event => Assert.Equal(sha, @event.GetHeader(ProvenanceHeaders.Commit)?.ToString()));
            Assert.Single(events, @event => @event.Data is ResourceChanged);
            Assert.Equal(2, events.Count);
        }
    }
}
