using GitOpsGateway.Events;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>Republish the version the source had active at <paramref name="PointInTime"/> as a new version and pin the source there.</summary>
/// <param name="Source">May be left out when only one source is configured.</param>
public sealed record RollbackToTime(DateTimeOffset PointInTime, CommandCaller Caller, string Reason, string? Source = null);
