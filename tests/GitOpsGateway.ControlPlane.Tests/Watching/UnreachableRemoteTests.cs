using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Watching;

public sealed class UnreachableRemoteTests
{
    [Fact]
    public async Task an_unreachable_remote_is_the_sources_last_error_and_is_retried_until_it_answers()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();

        await Eventually.WaitForAsync(async () => (string?)(await controlPlane.SourceAsync())["lastError"] is { } error && error.Contains("no branch 'main'", StringComparison.Ordinal), "the missing branch to be reported");
        await controlPlane.Process.WaitForLineAsync("sync failed, next try in", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.False(controlPlane.Process.HasExited);

        var sha = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(sha);

        // The sync that ingested the commit clears the error as it ends, just after the commit is recorded.
        await Eventually.WaitForAsync(async () => (await controlPlane.SourceAsync())["lastError"] is null, "the last error to be cleared");
        var source = await controlPlane.SourceAsync();
        Assert.Equal(sha, (string?)source["lastSeenTip"]);
        Assert.True((bool?)source["inSync"]);
    }
}
