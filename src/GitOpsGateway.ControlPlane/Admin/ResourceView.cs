using System.Text.Json;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>An object as it stands in its source, with the status the source's active version gave it.</summary>
public sealed record ResourceView
{
    public required string Source { get; init; }

    public required string Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required long Generation { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? CommitSha { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }

    public required JsonElement Manifest { get; init; }

    public long? VersionNumber { get; init; }

    public JsonElement? Status { get; init; }
}
