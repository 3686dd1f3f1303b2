using GitOpsGateway.Events.Projections;

namespace GitOpsGateway.Events.Queries;

/// <summary>An object as it stands, with the status the active version gave it (null for kinds without status, or before any version).</summary>
/// <param name="ServedVersionNumber">
/// For a Gateway, the version whose table its nodes are given: older than <paramref name="VersionNumber"/> when later
/// versions changed only statuses or other Gateways' tables. Null for other kinds.
/// </param>
public sealed record ResourceWithStatus(CurrentResource Resource, long? VersionNumber, string? StatusJson, long? ServedVersionNumber = null);
