namespace GitOpsGateway.Sources;

/// <summary>
/// What to watch: a repository (local path, file:// or https:// URL), a branch and a folder inside it. The name
/// is the source's identity in the event store (one stream per source), so it must stay stable.
/// </summary>
public sealed record SourceDefinition
{
    public required string Name { get; init; }

    public required string Repository { get; init; }

    public string Branch { get; init; } = "main";

    /// <summary>Relative folder inside the repository; empty for the whole repository.</summary>
    public string Folder { get; init; } = string.Empty;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);
}
