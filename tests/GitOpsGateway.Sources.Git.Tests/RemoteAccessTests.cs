using GitOpsGateway.Testing.Logging;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Sources.Git.Tests;

public sealed class RemoteAccessTests : IDisposable
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private SourceScenario? scenario;

    private SourceScenario Scenario => scenario ?? throw new InvalidOperationException("Create it first.");

    public void Dispose() => scenario?.Dispose();

    [Fact]
    public async Task an_unreachable_remote_throws_the_typed_exception_naming_the_source()
    {
        await CreateAsync();
        await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a\n"));
        Scenario.Remote.DeleteRemote();
        var reader = Scenario.OpenReader();

        var failure = await Assert.ThrowsAsync<GitSourceUnavailableException>(() => reader.FetchAsync(cancellation));

        Assert.Equal("edge", failure.SourceName);
        Assert.Contains("'edge'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(Scenario.Remote.BarePath, failure.Message, StringComparison.Ordinal);
        Assert.NotNull(failure.InnerException);
    }

    [Fact]
    public async Task a_remote_lost_after_a_fetch_throws_the_typed_exception_and_the_clone_stays_readable()
    {
        await CreateAsync();
        var sha = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a\n"));
        var logger = new RecordingLogger();
        var reader = Scenario.OpenReader(logger: logger);
        await reader.FetchAsync(cancellation);
        Scenario.Remote.DeleteRemote();

        await Assert.ThrowsAsync<GitSourceUnavailableException>(() => reader.FetchAsync(cancellation));

        Assert.Equal(1, logger.CountOf(2003));
        Assert.Equal(sha, reader.LocalTipSha());
        Assert.Equal("a\n", reader.ReadCommit(sha, cancellation).Commit.Files.Single().Text);
    }

    [Fact]
    public async Task a_remote_without_the_branch_throws_the_typed_exception()
    {
        await CreateAsync();
        var reader = Scenario.OpenReader();

        var failure = await Assert.ThrowsAsync<GitSourceUnavailableException>(() => reader.FetchAsync(cancellation));

        Assert.Contains("no branch 'main'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_branch_deleted_from_the_remote_throws_the_typed_exception_at_the_next_fetch()
    {
        await CreateAsync();
        await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a\n"));
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);
        await Scenario.Remote.RunGitInBareAsync(["update-ref", "-d", "refs/heads/main"], cancellation);

        await Assert.ThrowsAsync<GitSourceUnavailableException>(() => reader.FetchAsync(cancellation));
    }

    [Fact]
    public async Task an_unreachable_https_remote_with_credentials_throws_the_typed_exception()
    {
        await CreateAsync();
        var url = $"https://127.0.0.1:{FreePort.Next()}/gateways.git";
        var credentials = new GitCredentials("deployer", "not-a-real-token");
        var reader = Scenario.Track(new GitSourceReader(Scenario.Source(repository: url), Scenario.WorkingDirectory, credentials));

        var failure = await Assert.ThrowsAsync<GitSourceUnavailableException>(() => reader.FetchAsync(cancellation));

        Assert.Contains(url, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-token", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_file_url_is_fetched_like_a_path()
    {
        await CreateAsync();
        var sha = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a\n"));
        var reader = Scenario.Track(new GitSourceReader(
            Scenario.Source(repository: Scenario.Remote.RemoteUrl.AbsoluteUri), Scenario.WorkingDirectory));

        Assert.StartsWith("file://", Scenario.Remote.RemoteUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(sha, await reader.FetchAsync(cancellation));
    }

    [Fact]
    public async Task a_restarted_reader_continues_from_the_same_clone_without_cloning_again()
    {
        await CreateAsync();
        var ingested = await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a: 0\n"));
        var firstLog = new RecordingLogger();
        using (var first = new GitSourceReader(Scenario.Source(), Scenario.WorkingDirectory, logger: firstLog))
        {
            await first.FetchAsync(cancellation);
        }

        var next = await Scenario.CommitAndPushAsync("after restart", cancellation, ("a.yaml", "a: 1\n"));
        var secondLog = new RecordingLogger();
        var second = Scenario.OpenReader(logger: secondLog);

        var tipBeforeFetch = second.LocalTipSha();
        var readBeforeFetch = second.ReadCommit(ingested, cancellation).Commit.Files.Single().Text;
        var tip = await second.FetchAsync(cancellation);
        var batch = second.ReadNewCommits(ingested, 100, cancellation);

        Assert.Equal(1, firstLog.CountOf(2001));
        Assert.Equal(0, secondLog.CountOf(2001));
        Assert.Equal(ingested, tipBeforeFetch);
        Assert.Equal("a: 0\n", readBeforeFetch);
        Assert.Equal(next, tip);
        Assert.Equal([next], batch.Commits.Select(commit => commit.Sha));
    }

    [Fact]
    public async Task a_working_directory_holding_something_else_is_not_overwritten()
    {
        await CreateAsync();
        await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a\n"));
        Directory.CreateDirectory(Scenario.WorkingDirectory);
        var precious = Path.Combine(Scenario.WorkingDirectory, "precious.txt");
        await File.WriteAllTextAsync(precious, "keep me", cancellation);
        var reader = Scenario.OpenReader();

        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.FetchAsync(cancellation));

        Assert.Equal("keep me", await File.ReadAllTextAsync(precious, cancellation));
    }

    [Fact]
    public async Task a_cancelled_fetch_throws_operation_cancelled()
    {
        await CreateAsync();
        await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a\n"));
        var reader = Scenario.OpenReader();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reader.FetchAsync(new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task credentials_for_a_local_repository_are_refused()
    {
        await CreateAsync();

        Assert.Throws<ArgumentException>(
            () => new GitSourceReader(Scenario.Source(), Scenario.WorkingDirectory, new GitCredentials("user", "token")));
    }

    private async Task CreateAsync() => scenario = await SourceScenario.CreateAsync(cancellation);
}
