using System.Globalization;

namespace GitOpsGateway.Sources.Git.Tests;

public sealed class ManyFilesTests : IDisposable
{
    private const int FileCount = 10_000;

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private SourceScenario? scenario;

    public void Dispose() => scenario?.Dispose();

    [Fact]
    public async Task ten_thousand_small_files_at_one_commit_are_all_read_in_path_order()
    {
        scenario = await SourceScenario.CreateAsync(cancellation);
        for (var index = 0; index < FileCount; index++)
        {
            var name = index.ToString("D5", CultureInfo.InvariantCulture);
            scenario.Remote.WriteFile($"gateways/team-{index % 50:D2}/route-{name}.yaml", $"kind: HTTPRoute\nmetadata:\n  name: route-{name}\n");
        }

        var sha = await scenario.CommitAndPushAsync("ten thousand routes", cancellation);
        var reader = scenario.OpenReader("gateways");

        await reader.FetchAsync(cancellation);
        var firstRead = reader.ReadCommit(sha, cancellation);
        var secondRead = reader.ReadCommit(sha, cancellation);

        Assert.Equal(FileCount, firstRead.Commit.Files.Count);
        Assert.Equal(firstRead.Commit.Files, secondRead.Commit.Files);
        Assert.Equal("team-00/route-00000.yaml", firstRead.Commit.Files[0].Path);
        Assert.Equal("team-49/route-09999.yaml", firstRead.Commit.Files[^1].Path);
        Assert.Equal("kind: HTTPRoute\nmetadata:\n  name: route-09999\n", firstRead.Commit.Files[^1].Text);
    }
}
