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

        var first = mirror.SyncOnce(TestContext.Current.CancellationToken);
        var unchanged = mirror.SyncOnce(TestContext.Current.CancellationToken);
        Write("apps/route.yaml", "kind: HTTPRoute # edited");
        File.Delete(Path.Combine(Folder, "gateway.yaml"));
        var second = mirror.SyncOnce(TestContext.Current.CancellationToken);

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

        new FolderMirror(Folder, RepositoryPath, NullLogger.Instance).SyncOnce(TestContext.Current.CancellationToken);

        using var repository = new Repository(RepositoryPath);
        Assert.Equal(["gateway.yaml"], repository.Head.Tip.Tree.Select(entry => entry.Path));
    }

    [Fact]
    public void a_link_to_a_file_outside_is_mirrored_as_a_link_and_the_file_is_never_read()
    {
        var secret = WriteOutside("secret.txt", SecretText);
        Write("gateway.yaml", "kind: Gateway");
        File.CreateSymbolicLink(Path.Combine(Folder, "passwd.yaml"), secret);

        new FolderMirror(Folder, RepositoryPath, NullLogger.Instance).SyncOnce(TestContext.Current.CancellationToken);

        using var repository = new Repository(RepositoryPath);
        var link = repository.Head.Tip["passwd.yaml"];
        Assert.Equal(Mode.SymbolicLink, link.Mode);
        Assert.Equal(secret, ((Blob)link.Target).GetContentText());
        AssertNowhere(repository, SecretText);
    }

    [Fact]
    public void a_link_to_a_manifest_outside_is_not_mirrored_as_a_manifest()
    {
        var manifest = WriteOutside("route.yaml", $"kind: HTTPRoute # {SecretText}");
        Write("gateway.yaml", "kind: Gateway");
        File.CreateSymbolicLink(Path.Combine(Folder, "route.yaml"), manifest);
        File.CreateSymbolicLink(Path.Combine(Folder, "relative.yaml"), "../outside/route.yaml");

        new FolderMirror(Folder, RepositoryPath, NullLogger.Instance).SyncOnce(TestContext.Current.CancellationToken);

        using var repository = new Repository(RepositoryPath);
        Assert.Equal(Mode.SymbolicLink, repository.Head.Tip["route.yaml"].Mode);
        Assert.Equal(Mode.SymbolicLink, repository.Head.Tip["relative.yaml"].Mode);
        AssertNowhere(repository, SecretText);
    }

    [Fact]
    public void a_linked_folder_is_not_entered_whether_it_leads_outside_or_loops()
    {
        WriteOutside("apps/route.yaml", $"kind: HTTPRoute # {SecretText}");
        Write("gateway.yaml", "kind: Gateway");
        Directory.CreateSymbolicLink(Path.Combine(Folder, "apps"), Path.Combine(root, "outside", "apps"));
        Directory.CreateSymbolicLink(Path.Combine(Folder, "loop"), Folder);

        new FolderMirror(Folder, RepositoryPath, NullLogger.Instance).SyncOnce(TestContext.Current.CancellationToken);

        using var repository = new Repository(RepositoryPath);
        Assert.Equal(["apps", "gateway.yaml", "loop"], repository.Head.Tip.Tree.Select(entry => entry.Path));
        Assert.Equal(Mode.SymbolicLink, repository.Head.Tip["apps"].Mode);
        Assert.Equal(Mode.SymbolicLink, repository.Head.Tip["loop"].Mode);
        AssertNowhere(repository, SecretText);
    }

    [Fact]
    public async Task a_fifo_is_never_opened_and_a_manifest_named_one_is_recorded_as_not_read()
    {
        Write("gateway.yaml", "kind: Gateway");
        MakeFifo(Path.Combine(Folder, "pipe.yaml"));
        MakeFifo(Path.Combine(Folder, "pipe"));
        var mirror = new FolderMirror(Folder, RepositoryPath, NullLogger.Instance);

        // Opening a FIFO for reading blocks until a writer comes: the sync would never finish.
        var sync = Task.Run(() => mirror.SyncOnce(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        await sync.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        using var repository = new Repository(RepositoryPath);
        Assert.Equal(["gateway.yaml", "pipe.yaml"], repository.Head.Tip.Tree.Select(entry => entry.Path));
        var placeholder = repository.Head.Tip["pipe.yaml"];
        Assert.Equal(Mode.SymbolicLink, placeholder.Mode);
        Assert.Contains("FIFO", ((Blob)placeholder.Target).GetContentText(), StringComparison.Ordinal);
    }

    [Fact]
    public void a_hard_link_to_a_file_outside_is_not_read_but_hard_links_within_the_folder_are()
    {
        var secret = WriteOutside("secret.yaml", $"kind: HTTPRoute # {SecretText}");
        Write("gateway.yaml", "kind: Gateway");
        Write("apps/route.yaml", "kind: HTTPRoute");
        HardLink(secret, Path.Combine(Folder, "window.yaml"));
        HardLink(Path.Combine(Folder, "apps/route.yaml"), Path.Combine(Folder, "copy.yaml"));

        new FolderMirror(Folder, RepositoryPath, NullLogger.Instance).SyncOnce(TestContext.Current.CancellationToken);

        using var repository = new Repository(RepositoryPath);
        Assert.Equal(Mode.SymbolicLink, repository.Head.Tip["window.yaml"].Mode);
        Assert.Equal("kind: HTTPRoute", ((Blob)repository.Head.Tip["copy.yaml"].Target).GetContentText());
        Assert.Equal("kind: HTTPRoute", ((Blob)repository.Head.Tip["apps/route.yaml"].Target).GetContentText());
        AssertNowhere(repository, SecretText);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private const string SecretText = "distinctive-outside-content-7f3a9c";

    /// <summary>No object of the repository (blob, tree, commit message) holds the text.</summary>
    private static void AssertNowhere(Repository repository, string text)
    {
        foreach (var gitObject in repository.ObjectDatabase)
        {
            var content = gitObject switch
            {
                Blob blob => blob.GetContentText(),
                Commit commit => commit.Message,
                _ => string.Empty,
            };
            Assert.DoesNotContain(text, content, StringComparison.Ordinal);
        }
    }

    private string WriteOutside(string relative, string content)
    {
        var path = Path.Combine(root, "outside", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static void MakeFifo(string path) => Run("mkfifo", path);

    private static void HardLink(string existing, string link) => Run("ln", existing, link);

    private static void Run(string program, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(program, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
