using GitOpsGateway.Events.Projections;

namespace GitOpsGateway.Events.Queries;

/// <summary>An object as it stands, with the status the active version gave it (null for kinds without status, or before any version).</summary>
public sealed record ResourceWithStatus(CurrentResource Resource, long? VersionNumber, string? StatusJson);
