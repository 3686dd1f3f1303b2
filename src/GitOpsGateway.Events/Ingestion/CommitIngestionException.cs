namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// A commit failed to ingest for a deterministic reason and was not skipped yet: the source stops at it and the
/// watcher retries it until <see cref="AttemptsBeforeSkipping"/> attempts have failed (docs/adr/0014).
/// </summary>
public sealed class CommitIngestionException : Exception
{
    public CommitIngestionException(string source, string sha, int attempt, int attemptsBeforeSkipping, string reason, Exception innerException)
        : base(
            $"Commit {sha[..Math.Min(7, sha.Length)]} could not be ingested (attempt {attempt} of {attemptsBeforeSkipping}; then it is recorded as failed and skipped): {reason}",
            innerException)
    {
        SourceName = source;
        Sha = sha;
        Attempt = attempt;
        AttemptsBeforeSkipping = attemptsBeforeSkipping;
        Reason = reason;
    }

    public string SourceName { get; }

    public string Sha { get; }

    public int Attempt { get; }

    public int AttemptsBeforeSkipping { get; }

    public string Reason { get; }
}
