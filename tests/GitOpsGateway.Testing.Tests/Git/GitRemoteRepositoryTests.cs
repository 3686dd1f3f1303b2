using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Testing.Tests.Git;

public sealed class GitRemoteRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private GitRemoteRepository? repository;

    private GitRemoteRepository Repository => repository ?? throw new InvalidOperationException("Create it first.");

    public void Dispose() => repository?.Dispose();

    [Fact]
    public async Task commit_records_the_given_author_email_message_and_date()
    {
        await CreateAsync();
        Repository.WriteFile("gateways/edge.yaml", "kind: Gateway\n");

        var sha = await Repository.CommitAsync("Add the edge gateway", new GitAuthor("Ada Lovelace", "ada@example.test"), Monday, cancellation);

        var log = await Repository.RunGitAsync(["log", "-1", "--format=%H|%an|%ae|%aI|%cn|%cI|%s"], cancellation);
        Assert.Equal(
            $"{sha}|Ada Lovelace|ada@example.test|2026-03-02T09:30:00+01:00|Ada Lovelace|2026-03-02T09:30:00+01:00|Add the edge gateway",
            log);
    }

    [Fact]
    public async Task push_makes_the_commit_the_main_branch_of_the_bare_repository()
    {
        await CreateAsync();
        Assert.Equal("refs/heads/main", await Repository.RunGitInBareAsync(["symbolic-ref", "HEAD"], cancellation));
        Repository.WriteFile("route.yaml", "kind: HTTPRoute\n");
        var sha = await Repository.CommitAsync("Add a route", cancellationToken: cancellation);
        Assert.Null(await Repository.RemoteBranchShaAsync(cancellationToken: cancellation));

        await Repository.PushAsync(cancellation);

        Assert.Equal(sha, await Repository.RemoteBranchShaAsync(cancellationToken: cancellation));
        Assert.Equal("kind: HTTPRoute", await Repository.RunGitInBareAsync(["show", "main:route.yaml"], cancellation));
    }

    [Fact]
    public async Task deleted_file_is_absent_from_the_next_commit()
    {
        await CreateAsync();
        Repository.WriteFile("a/b/c.yaml", "x: 1\n");
        await Repository.CommitAsync("Add", cancellationToken: cancellation);

        Repository.DeleteFile("a/b/c.yaml");
        await Repository.CommitAsync("Remove", cancellationToken: cancellation);

        Assert.Equal(string.Empty, await Repository.RunGitAsync(["ls-tree", "-r", "--name-only", "HEAD"], cancellation));
        Assert.Equal("a/b/c.yaml", await Repository.RunGitAsync(["ls-tree", "-r", "--name-only", "HEAD~1"], cancellation));
    }

    [Fact]
    public async Task revert_restores_the_content_before_the_reverted_commit()
    {
        await CreateAsync();
        Repository.WriteFile("route.yaml", "weight: 80\n");
        await Repository.CommitAsync("Initial weights", cancellationToken: cancellation);
        Repository.WriteFile("route.yaml", "weight: 20\n");
        var change = await Repository.CommitAsync("Shift traffic", cancellationToken: cancellation);

        var revert = await Repository.RevertAsync(change, date: Monday, cancellationToken: cancellation);

        Assert.NotEqual(change, revert);
        Assert.Equal("weight: 80\n", Repository.ReadFile("route.yaml"));
        Assert.Equal(change, await Repository.RunGitAsync(["rev-parse", "HEAD~1"], cancellation));
        Assert.StartsWith("Revert \"Shift traffic\"", await Repository.RunGitAsync(["log", "-1", "--format=%s"], cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task force_push_replaces_the_remote_history()
    {
        await CreateAsync();
        Repository.WriteFile("route.yaml", "v: 1\n");
        var first = await Repository.CommitAsync("One", cancellationToken: cancellation);
        Repository.WriteFile("route.yaml", "v: 2\n");
        var abandoned = await Repository.CommitAsync("Two", cancellationToken: cancellation);
        await Repository.PushAsync(cancellation);

        await Repository.ResetHardAsync(first, cancellation);
        Repository.WriteFile("route.yaml", "v: 3\n");
        var rewritten = await Repository.CommitAsync("Two, rewritten", cancellationToken: cancellation);
        await Assert.ThrowsAsync<ExternalCommandException>(() => Repository.PushAsync(cancellation));
        await Repository.ForcePushAsync(cancellation);

        Assert.Equal(rewritten, await Repository.RemoteBranchShaAsync(cancellationToken: cancellation));
        var history = await Repository.RunGitInBareAsync(["rev-list", "main"], cancellation);
        Assert.Equal([rewritten, first], history.Split('\n'));
        Assert.DoesNotContain(abandoned, history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task merge_creates_a_commit_whose_first_parent_is_main()
    {
        await CreateAsync();
        Repository.WriteFile("base.yaml", "base\n");
        var mainTip = await Repository.CommitAsync("Base", cancellationToken: cancellation);
        await Repository.CreateBranchAsync("feature", cancellation);
        Repository.WriteFile("feature.yaml", "feature\n");
        var featureTip = await Repository.CommitAsync("Feature", cancellationToken: cancellation);
        await Repository.CheckoutAsync(GitRemoteRepository.MainBranch, cancellation);

        var merge = await Repository.MergeAsync("feature", "Merge feature", date: Monday, cancellationToken: cancellation);

        var parents = await Repository.RunGitAsync(["log", "-1", "--format=%P", merge], cancellation);
        Assert.Equal([mainTip, featureTip], parents.Split(' '));
        Assert.True(Repository.FileExists("feature.yaml"));
    }

    [Fact]
    public async Task failing_git_command_throws_with_what_git_printed_on_stderr()
    {
        await CreateAsync();

        var failure = await Assert.ThrowsAsync<ExternalCommandException>(
            () => Repository.RevertAsync("0123456789abcdef0123456789abcdef01234567", cancellationToken: cancellation));

        Assert.NotEqual(0, failure.ExitCode);
        Assert.Contains("bad object", failure.StandardError, StringComparison.Ordinal);
        Assert.Contains("bad object", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task deleted_remote_can_no_longer_be_fetched()
    {
        await CreateAsync();
        Repository.WriteFile("x.yaml", "x\n");
        await Repository.CommitAsync("X", cancellationToken: cancellation);
        await Repository.PushAsync(cancellation);
        await Repository.RunGitAsync(["fetch", "origin"], cancellation);

        Repository.DeleteRemote();

        await Assert.ThrowsAsync<ExternalCommandException>(() => Repository.RunGitAsync(["fetch", "origin"], cancellation));
    }

    [Fact]
    public async Task dispose_deletes_the_temp_folder_with_both_repositories()
    {
        await CreateAsync();
        Repository.WriteFile("x.yaml", "x\n");
        await Repository.CommitAsync("X", cancellationToken: cancellation);
        await Repository.PushAsync(cancellation);
        Assert.StartsWith(
            GitRemoteRepository.TempFolderPrefix, Path.GetFileName(Repository.RootPath), StringComparison.Ordinal);

        Repository.Dispose();

        Assert.False(Directory.Exists(Repository.RootPath));
    }

    private async Task CreateAsync() => repository = await GitRemoteRepository.CreateAsync(cancellation);
}
