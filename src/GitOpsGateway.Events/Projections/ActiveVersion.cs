namespace GitOpsGateway.Events.Projections;

/// <summary>
/// The version a Gateway serves (id "gateway/NAMESPACE/NAME"), or the newest version overall (id
/// <see cref="OverallId"/>). A Gateway removed from its source keeps a document with no table hash, so nodes
/// learn it is gone.
/// </summary>
public sealed record ActiveVersion
{
    public const string OverallId = "overall";

    public required string Id { get; init; }

    /// <summary>"namespace/name", or null for the overall document.</summary>
    public string? Gateway { get; init; }

    public required string Source { get; init; }

    public required long VersionNumber { get; init; }

    /// <summary>The Gateway's table hash in that version (the combined hash for the overall document); null once removed.</summary>
    public string? Hash { get; init; }

    public required DateTimeOffset ActivatedAt { get; init; }

    public static string IdFor(string gateway) => $"gateway/{gateway}";
}
