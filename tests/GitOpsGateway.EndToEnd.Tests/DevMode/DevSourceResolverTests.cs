using GitOpsGateway.DevMode.Sources;
using GitOpsGateway.Testing.Git;

namespace GitOpsGateway.EndToEnd.Tests.DevMode;

public sealed class DevSourceResolverTests : IAsyncLifetime
{
    private GitRemoteRepository? git;

    private GitRemoteRepository Git => git!;

    private string PrivateRepository => Path.Combine(Git.RootPath, "private");

    public async ValueTask InitializeAsync()
    {
        git = await GitRemoteRepository.CreateAsync(TestContext.Current.CancellationToken);
        Git.WriteFile("config/gateway.yaml", "kind: Gateway");
        await Git.CommitAsync("Add the gateway", cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public void a_committed_folder_of_a_checkout_is_watched_on_its_branch()
    {
        var source = DevSourceResolver.Resolve(Path.Combine(Git.WorkingPath, "config"), PrivateRepository);

        Assert.Equal(DevSourceKind.GitCheckout, source.Kind);
        Assert.Equal("main", source.Branch);
        Assert.Equal("config", source.Folder);
        Assert.Equal(Path.GetFullPath(Git.WorkingPath), Path.GetFullPath(source.Repository));
    }

    [Fact]
    public async Task a_detached_checkout_is_mirrored_privately_and_says_why()
    {
        await Git.RunGitAsync(["checkout", "--quiet", "--detach"], TestContext.Current.CancellationToken);

        var source = DevSourceResolver.Resolve(Path.Combine(Git.WorkingPath, "config"), PrivateRepository);

        Assert.Equal(DevSourceKind.PrivateRepository, source.Kind);
        Assert.Equal(PrivateRepository, source.Repository);
        Assert.Contains("detached HEAD", source.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void an_uncommitted_folder_of_a_checkout_is_mirrored_privately()
    {
        Git.WriteFile("draft/gateway.yaml", "kind: Gateway");

        var source = DevSourceResolver.Resolve(Path.Combine(Git.WorkingPath, "draft"), PrivateRepository);

        Assert.Equal(DevSourceKind.PrivateRepository, source.Kind);
        Assert.Contains("not committed on branch main", source.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void a_plain_folder_is_mirrored_privately()
    {
        var plain = Directory.CreateDirectory(Path.Combine(Git.RootPath, "plain")).FullName;

        var source = DevSourceResolver.Resolve(plain, PrivateRepository);

        Assert.Equal(DevSourceKind.PrivateRepository, source.Kind);
        Assert.Equal(string.Empty, source.Folder);
        Assert.Equal(DevSourceResolver.PrivateBranch, source.Branch);
    }

    public ValueTask DisposeAsync()
    {
        git?.Dispose();
        return ValueTask.CompletedTask;
    }
}
