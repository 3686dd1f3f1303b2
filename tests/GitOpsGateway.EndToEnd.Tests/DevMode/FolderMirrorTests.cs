using GitOpsGateway.DevMode.Sources;
using LibGit2Sharp;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitOpsGateway.EndToEnd.Tests.DevMode;

public sealed class FolderMirrorTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("gitops-gateway-mirror-").FullName;

    private string Folder => Path.Combine(root, "folder");

    private string RepositoryPath => Path.Combine(root, "repository");

    [Fact]
    public void each_change_becomes_one_commit_on_main_and_an_unchanged_folder_none()
    {
        Write("gateway.yaml", "kind: Gateway");
        Write("apps/route.yaml", "kind: HTTPRoute");
        var mirror = new FolderMirror(Folder, RepositoryPath, NullLogger.Instance);

        var first = mirror.SyncOnce();
        var unchanged = mirror.SyncOnce();
        Write("apps/route.yaml", "kind: HTTPRoute # edited");
        File.Delete(Path.Combine(Folder, "gateway.yaml"));
        var second = mirror.SyncOnce();

        Assert.NotNull(first);
        Assert.Null(unchanged);
        Assert.NotNull(second);
        using var repository = new Repository(RepositoryPath);
        Assert.Equal("main", repository.Head.FriendlyName);
        Assert.Equal([second, first], repository.Commits.Select(commit => commit.Sha));
        Assert.Null(repository.Head.Tip["gateway.yaml"]);
        Assert.Equal("kind: HTTPRoute # edited", ((Blob)repository.Head.Tip["apps/route.yaml"].Target).GetContentText());
    }

    [Fact]
    public void hidden_files_and_folders_stay_out_of_the_repository()
    {
        Write("gateway.yaml", "kind: Gateway");
        Write(".editor/state.yaml", "x");
        Write(".notes.yaml", "x");

        new FolderMirror(Folder, RepositoryPath, NullLogger.Instance).SyncOnce();

        using var repository = new Repository(RepositoryPath);
        Assert.Equal(["gateway.yaml"], repository.Head.Tip.Tree.Select(entry => entry.Path));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
