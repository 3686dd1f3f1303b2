using System.Globalization;

namespace GitOpsGateway.Testing.Git;

/// <summary>
/// A bare repository (the "remote" a watcher fetches from, HEAD on <c>refs/heads/main</c>) and a working clone
/// that tests edit, commit and push with the real <c>git</c> command line. Disposal deletes both.
/// Failing git commands throw <see cref="Processes.ExternalCommandException"/> carrying git's stderr.
/// </summary>
public sealed class GitRemoteRepository : IDisposable
{
    public const string MainBranch = "main";
    public const string TempFolderPrefix = "gitops-gateway-git-";

    private GitRemoteRepository(string rootPath)
    {
        RootPath = rootPath;
        BarePath = Path.Combine(rootPath, "remote.git");
        WorkingPath = Path.Combine(rootPath, "work");
    }

    public string RootPath { get; }

    /// <summary>The bare repository: point the watcher here (a plain path or <see cref="RemoteUrl"/>).</summary>
    public string BarePath { get; }

    public Uri RemoteUrl => new(BarePath);

    /// <summary>The working clone that the helpers below edit.</summary>
    public string WorkingPath { get; }

    public static async Task<GitRemoteRepository> CreateAsync(CancellationToken cancellationToken = default)
    {
        var repository = new GitRemoteRepository(Directory.CreateTempSubdirectory(TempFolderPrefix).FullName);
        try
        {
            await GitCommandLine.RunAsync(
                repository.RootPath, ["init", "--bare", "--initial-branch=" + MainBranch, repository.BarePath], cancellationToken)
                .ConfigureAwait(false);
            await GitCommandLine.RunAsync(
                repository.RootPath, ["clone", "--quiet", repository.BarePath, repository.WorkingPath], cancellationToken)
                .ConfigureAwait(false);

            // Cloning an empty repository leaves HEAD on git's own default branch, whatever the remote says.
            await repository.RunGitAsync(["symbolic-ref", "HEAD", "refs/heads/" + MainBranch], cancellationToken)
                .ConfigureAwait(false);
            return repository;
        }
        catch
        {
            repository.Dispose();
            throw;
        }
    }

    /// <summary>Writes a file of the working clone, creating its folders; the path is relative, with '/'.</summary>
    public void WriteFile(string relativePath, string content)
    {
        var path = WorkingFile(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public string ReadFile(string relativePath) => File.ReadAllText(WorkingFile(relativePath));

    public bool FileExists(string relativePath) => File.Exists(WorkingFile(relativePath));

    public void DeleteFile(string relativePath) => File.Delete(WorkingFile(relativePath));

    /// <summary>Stages everything and commits (an empty commit too); returns the new commit's sha.</summary>
    public async Task<string> CommitAsync(
        string message,
        GitAuthor? author = null,
        DateTimeOffset? date = null,
        CancellationToken cancellationToken = default)
    {
        await RunGitAsync(["add", "--all"], cancellationToken).ConfigureAwait(false);
        await RunAsAuthorAsync(["commit", "--quiet", "--allow-empty", "-m", message], author, date, cancellationToken)
            .ConfigureAwait(false);
        return await HeadShaAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pushes the current branch to the bare repository under the same name.</summary>
    public Task PushAsync(CancellationToken cancellationToken = default) =>
        RunGitAsync(["push", "--quiet", "origin", "HEAD"], cancellationToken);

    /// <summary>Pushes the current branch over whatever the remote has, as after rewriting history.</summary>
    public Task ForcePushAsync(CancellationToken cancellationToken = default) =>
        RunGitAsync(["push", "--quiet", "--force", "origin", "HEAD"], cancellationToken);

    /// <summary>Commits the inverse of <paramref name="sha"/>; returns the revert commit's sha.</summary>
    public async Task<string> RevertAsync(
        string sha,
        GitAuthor? author = null,
        DateTimeOffset? date = null,
        CancellationToken cancellationToken = default)
    {
        await RunAsAuthorAsync(["revert", "--no-edit", sha], author, date, cancellationToken).ConfigureAwait(false);
        return await HeadShaAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the current branch and the working files to <paramref name="sha"/>, dropping later commits.</summary>
    public Task ResetHardAsync(string sha, CancellationToken cancellationToken = default) =>
        RunGitAsync(["reset", "--quiet", "--hard", sha], cancellationToken);

    /// <summary>Creates a branch at HEAD and switches to it.</summary>
    public Task CreateBranchAsync(string branch, CancellationToken cancellationToken = default) =>
        RunGitAsync(["checkout", "--quiet", "-b", branch], cancellationToken);

    public Task CheckoutAsync(string branch, CancellationToken cancellationToken = default) =>
        RunGitAsync(["checkout", "--quiet", branch], cancellationToken);

    /// <summary>Merges <paramref name="branch"/> into the current branch with a merge commit, even when a fast-forward was possible.</summary>
    public async Task<string> MergeAsync(
        string branch,
        string message,
        GitAuthor? author = null,
        DateTimeOffset? date = null,
        CancellationToken cancellationToken = default)
    {
        await RunAsAuthorAsync(["merge", "--quiet", "--no-ff", "-m", message, branch], author, date, cancellationToken)
            .ConfigureAwait(false);
        return await HeadShaAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<string> HeadShaAsync(CancellationToken cancellationToken = default) =>
        RunGitAsync(["rev-parse", "HEAD"], cancellationToken);

    /// <summary>The sha a branch has in the bare repository, or null when it has no such branch.</summary>
    public async Task<string?> RemoteBranchShaAsync(string branch = MainBranch, CancellationToken cancellationToken = default)
    {
        var sha = await RunGitInBareAsync(["for-each-ref", "--format=%(objectname)", "refs/heads/" + branch], cancellationToken)
            .ConfigureAwait(false);
        return sha.Length == 0 ? null : sha;
    }

    /// <summary>Any git command in the working clone; returns stdout without its final newline.</summary>
    public Task<string> RunGitAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default) =>
        GitCommandLine.RunAsync(WorkingPath, arguments, cancellationToken);

    /// <summary>Any git command in the bare repository; returns stdout without its final newline.</summary>
    public Task<string> RunGitInBareAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default) =>
        GitCommandLine.RunAsync(BarePath, arguments, cancellationToken);

    /// <summary>Deletes the bare repository, so that fetching from it fails as when Git is unreachable.</summary>
    public void DeleteRemote()
    {
        if (Directory.Exists(BarePath))
        {
            Directory.Delete(BarePath, recursive: true);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(RootPath))
        {
            Directory.Delete(RootPath, recursive: true);
        }
    }

    private Task<string> RunAsAuthorAsync(
        IEnumerable<string> arguments,
        GitAuthor? author,
        DateTimeOffset? date,
        CancellationToken cancellationToken)
    {
        author ??= GitAuthor.Default;
        IReadOnlyDictionary<string, string?>? dates = null;
        if (date is { } when)
        {
            var iso = when.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            dates = new Dictionary<string, string?> { ["GIT_AUTHOR_DATE"] = iso, ["GIT_COMMITTER_DATE"] = iso };
        }

        return GitCommandLine.RunAsync(
            WorkingPath,
            ["-c", "user.name=" + author.Name, "-c", "user.email=" + author.Email, .. arguments],
            cancellationToken,
            dates);
    }

    private string WorkingFile(string relativePath)
    {
        if (Path.IsPathRooted(relativePath))
        {
            throw new ArgumentException($"Expected a path relative to the working clone, got {relativePath}.", nameof(relativePath));
        }

        return Path.Combine(WorkingPath, relativePath);
    }
}
