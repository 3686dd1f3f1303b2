using GitOpsGateway.Events;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>
/// Rebuild a source's objects as they stood right after commit <paramref name="CommitSha"/> (a prefix of at least
/// 7 characters will do), publish them as a new version and pin the source there.
/// </summary>
/// <param name="Source">May be left out when only one source is configured.</param>
public sealed record RollbackToCommit(string CommitSha, CommandCaller Caller, string Reason, string? Source = null);
