using System.Text.Json;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Projections;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>A version with its route tables and statuses as JSON objects rather than JSON text.</summary>
public sealed record VersionView
{
    public required long Number { get; init; }

    public required string Hash { get; init; }

    public required VersionProvenance Provenance { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyList<VersionTableView> Tables { get; init; }

    public required IReadOnlyList<ResourceStatusView> Statuses { get; init; }

    public required IReadOnlyList<CompileDiagnostic> Diagnostics { get; init; }

    /// <summary>The commit that produced the version (sha, parents, author, committer, message), when a commit did.</summary>
    public CommitIngested? Commit { get; init; }

    public static VersionView From(RouteTableVersion version, CommitIngested? commit)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new VersionView
        {
            Number = version.Id,
            Hash = version.Hash,
            Provenance = version.Provenance,
            CreatedAt = version.CreatedAt,
            Tables = version.Tables.Select(table => new VersionTableView(table.Gateway, table.Hash, Parse(table.Json))).ToList(),
            Statuses = version.Statuses.Select(status => new ResourceStatusView(status.Kind, status.Namespace, status.Name, Parse(status.Json))).ToList(),
            Diagnostics = version.Diagnostics,
            Commit = commit,
        };
    }

    internal static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = AnswerDepth.Max });
        return document.RootElement.Clone();
    }
}
