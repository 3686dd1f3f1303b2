using System.Diagnostics;
using System.Globalization;

namespace GitOpsGateway.Sources.Git.Tests;

public sealed class ManyFilesTimingTests : IDisposable
{
    private const int FileCount = 10_000;

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private SourceScenario? scenario;

    public void Dispose() => scenario?.Dispose();

    [Fact]
    public async Task ten_thousand_small_files_at_one_commit_are_all_read_and_timed()
    {
        scenario = await SourceScenario.CreateAsync(cancellation);
        for (var index = 0; index < FileCount; index++)
        {
            var name = index.ToString("D5", CultureInfo.InvariantCulture);
            scenario.Remote.WriteFile($"gateways/team-{index % 50:D2}/route-{name}.yaml", $"kind: HTTPRoute\nmetadata:\n  name: route-{name}\n");
        }

        var sha = await scenario.CommitAndPushAsync("ten thousand routes", cancellation);
        var reader = scenario.OpenReader("gateways");

        var clock = Stopwatch.StartNew();
        await reader.FetchAsync(cancellation);
        var fetched = clock.Elapsed;
        var firstRead = reader.ReadCommit(sha, cancellation);
        var firstReadTime = clock.Elapsed - fetched;
        clock.Restart();
        var secondRead = reader.ReadCommit(sha, cancellation);
        var secondReadTime = clock.Elapsed;

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"10,000 files: first fetch {fetched.TotalMilliseconds:F0} ms, first read {firstReadTime.TotalMilliseconds:F0} ms, second read {secondReadTime.TotalMilliseconds:F0} ms");
        Assert.Equal(FileCount, firstRead.Commit.Files.Count);
        Assert.Equal(firstRead.Commit.Files, secondRead.Commit.Files);
        Assert.Equal("team-00/route-00000.yaml", firstRead.Commit.Files[0].Path);
        Assert.Equal("team-49/route-09999.yaml", firstRead.Commit.Files[^1].Path);
        Assert.Equal("kind: HTTPRoute\nmetadata:\n  name: route-09999\n", firstRead.Commit.Files[^1].Text);

        // Generous on purpose: the budget catches an accidental quadratic walk, not machine-to-machine noise.
        Assert.True(firstReadTime < TimeSpan.FromSeconds(20), $"Reading took {firstReadTime}.");
    }
}
