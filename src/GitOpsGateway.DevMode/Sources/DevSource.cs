namespace GitOpsGateway.DevMode.Sources;

/// <summary>What the control plane watches in dev mode: a repository path, a branch and a folder inside it.</summary>
public sealed record DevSource
{
    public required DevSourceKind Kind { get; init; }

    /// <summary>The folder the user named, as an absolute path.</summary>
    public required string WatchedFolder { get; init; }

    /// <summary>A local repository path the control plane clones.</summary>
    public required string Repository { get; init; }

    public required string Branch { get; init; }

    /// <summary>The folder inside the repository, with '/'; empty for its root.</summary>
    public required string Folder { get; init; }

    /// <summary>Why a folder inside a Git repository is still mirrored privately (detached HEAD, not committed, ...); null otherwise.</summary>
    public string? Reason { get; init; }
}
