namespace GitOpsGateway.Events.Ingestion;

/// <summary>What ingesting one commit did.</summary>
public sealed record CommitOutcome
{
    public required string Sha { get; init; }

    /// <summary>False when the commit was already ingested in the current epoch: nothing was appended.</summary>
    public required bool Appended { get; init; }

    public int ResourceEvents { get; init; }

    public int Rejections { get; init; }

    public bool ForcePush { get; init; }

    /// <summary>The version this commit published, or null when its compiled tables equal the latest version's.</summary>
    public RouteTableVersionPublished? Version { get; init; }

    /// <summary>Why the commit was recorded as failed and skipped (<see cref="CommitFailed"/>); null when it was ingested.</summary>
    public string? Failure { get; init; }

    public static CommitOutcome AlreadyIngested(string sha) => new() { Sha = sha, Appended = false };
}
