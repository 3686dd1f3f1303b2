using GitOpsGateway.Events;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>Hold a source at a version (its active one when <paramref name="Version"/> is left out): new commits are compiled but not activated.</summary>
/// <param name="Source">May be left out when only one source is configured, or when <paramref name="Version"/> names the source.</param>
public sealed record PinVersion(CommandCaller Caller, string Reason, string? Source = null, long? Version = null);
