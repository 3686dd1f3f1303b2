namespace GitOpsGateway.Events.Projections;

/// <summary>
/// An object as it stands now in a source: its manifest (canonical JSON, Secret values redacted), generation and
/// creation time. Its status lives in the active version (see <c>GatewayQueries.ResourcesAsync</c>).
/// </summary>
public sealed record CurrentResource
{
    /// <summary>"SOURCE/KIND/NAMESPACE/NAME" (<see cref="IdFor"/>).</summary>
    public required string Id { get; init; }

    public required string Source { get; init; }

    public required string Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required string Manifest { get; init; }

    public required long Generation { get; init; }

    /// <summary>The timestamp of the event that created it: its <c>metadata.creationTimestamp</c>.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The commit of its last change.</summary>
    public string? CommitSha { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }

    public static string IdFor(string source, string kind, string @namespace, string name) => $"{source}/{kind}/{@namespace}/{name}";
}
