using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Plan;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.Cli.Tests.Plan;

public sealed class GitRevisionReaderTests
{
    [Fact]
    public async Task Reads_manifest_files_below_the_folder_at_the_revision_as_the_watcher_picks_them()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var repository = await GitRemoteRepository.CreateAsync(cancellationToken);
        repository.WriteFile("gateway/route.yaml", ShopManifests.Route(path: "/"));
        repository.WriteFile("gateway/nested/gateway.yml", ShopManifests.GatewayClassAndGateway);
        repository.WriteFile("gateway/notes.txt", "not a manifest");
        repository.WriteFile("gateway/upper.YAML", "kind: ignored");
        repository.WriteFile("other/route.yaml", ShopManifests.Route(name: "outside"));
        var first = await repository.CommitAsync("first", cancellationToken: cancellationToken);
        repository.WriteFile("gateway/route.yaml", ShopManifests.Route(path: "/v2"));
        await repository.CommitAsync("second", cancellationToken: cancellationToken);

        var content = GitRevisionReader.Read(repository.WorkingPath, "HEAD~1", "./gateway/", cancellationToken);

        Assert.Equal((first, "gateway", true), (content.CommitSha, content.Folder, content.FolderExists));
        Assert.Equal(["nested/gateway.yml", "route.yaml"], content.Files.Select(file => file.Path));
        Assert.Contains("value: /}", content.Files[1].Text, StringComparison.Ordinal);
        Assert.False(GitRevisionReader.Read(repository.WorkingPath, first, "missing", cancellationToken).FolderExists);
    }

    [Fact]
    public async Task An_unknown_revision_is_one_sentence_with_exit_code_2()
    {
        using var repository = await GitRemoteRepository.CreateAsync(TestContext.Current.CancellationToken);
        repository.WriteFile("a.yaml", ShopManifests.Route());
        await repository.CommitAsync("first", cancellationToken: TestContext.Current.CancellationToken);

        var error = Assert.Throws<CliException>(() => GitRevisionReader.Read(repository.WorkingPath, "feature/nope", string.Empty, TestContext.Current.CancellationToken));

        Assert.Equal(ExitCodes.UsageOrInput, error.ExitCode);
        Assert.StartsWith("'feature/nope' is neither a folder nor a revision of the repository at ", error.Message, StringComparison.Ordinal);
    }
}
