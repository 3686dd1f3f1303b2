using GitOpsGateway.Testing.Git;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.Sources.Git.Tests;

/// <summary>
/// A real bare remote with a working clone (the shared harness), a state folder for the reader's clone, and the
/// readers opened over it; disposal removes all of them.
/// </summary>
internal sealed class SourceScenario : IDisposable
{
    private readonly List<GitSourceReader> readers = [];

    private SourceScenario(GitRemoteRepository remote, string stateDirectory)
    {
        Remote = remote;
        StateDirectory = stateDirectory;
    }

    public GitRemoteRepository Remote { get; }

    public string StateDirectory { get; }

    public string WorkingDirectory => Path.Combine(StateDirectory, "sources", "edge");

    public static async Task<SourceScenario> CreateAsync(CancellationToken cancellationToken)
    {
        var remote = await GitRemoteRepository.CreateAsync(cancellationToken);
        return new SourceScenario(remote, Directory.CreateTempSubdirectory("gitops-gateway-reader-").FullName);
    }

    public SourceDefinition Source(string folder = "", string? repository = null) => new()
    {
        Name = "edge",
        Repository = repository ?? Remote.BarePath,
        Branch = GitRemoteRepository.MainBranch,
        Folder = folder,
    };

    public GitSourceReader OpenReader(string folder = "", ILogger? logger = null) => Track(new GitSourceReader(Source(folder), WorkingDirectory, logger: logger));

    public GitSourceReader Track(GitSourceReader reader)
    {
        readers.Add(reader);
        return reader;
    }

    /// <summary>Writes the files, commits and pushes; returns the new commit's sha.</summary>
    public async Task<string> CommitAndPushAsync(string message, CancellationToken cancellationToken, params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            Remote.WriteFile(path, content);
        }

        var sha = await Remote.CommitAsync(message, cancellationToken: cancellationToken);
        await Remote.PushAsync(cancellationToken);
        return sha;
    }

    public void Dispose()
    {
        foreach (var reader in readers)
        {
            reader.Dispose();
        }

        Remote.Dispose();
        if (Directory.Exists(StateDirectory))
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
    }
}
