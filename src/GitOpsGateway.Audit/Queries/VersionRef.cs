using GitOpsGateway.Events;

namespace GitOpsGateway.Audit.Queries;

/// <summary>A version as a diff names it.</summary>
public sealed record VersionRef(long Number, string Hash, VersionProvenance Provenance, DateTimeOffset CreatedAt);
