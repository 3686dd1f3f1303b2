using GitOpsGateway.Events;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>Serve the tables of version <paramref name="Version"/> again, as a new version, and pin its source there.</summary>
public sealed record RollbackToVersion(long Version, CommandCaller Caller, string Reason);
