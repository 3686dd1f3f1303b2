namespace GitOpsGateway.Sources.Git;

/// <summary>
/// The source's remote could not be fetched (unreachable, refused, authentication failed, branch missing). The
/// caller keeps what it already ingested and retries later, typically with <see cref="RetryBackoff"/>.
/// </summary>
public sealed class GitSourceUnavailableException : Exception
{
    public GitSourceUnavailableException()
        : this("A Git source is unavailable.")
    {
    }

    public GitSourceUnavailableException(string message)
        : this(message, innerException: null)
    {
    }

    public GitSourceUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
    }

    public GitSourceUnavailableException(string sourceName, string message, Exception? innerException)
        : base(message, innerException)
    {
        SourceName = sourceName;
    }

    /// <summary>The <see cref="SourceDefinition.Name"/> of the source that could not be fetched.</summary>
    public string SourceName { get; }
}
