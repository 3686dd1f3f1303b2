namespace GitOpsGateway.Events.Queries;

/// <summary>One line of the versions list.</summary>
public sealed record VersionSummary(long Number, string Hash, VersionProvenance Provenance, DateTimeOffset CreatedAt, IReadOnlyList<string> Gateways);
