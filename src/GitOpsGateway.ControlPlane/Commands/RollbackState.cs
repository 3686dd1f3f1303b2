namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>What a rollback's publishing step needs to know: the source's newest hash and the next version number.</summary>
internal sealed record RollbackState(string? LatestHash, long NextVersionNumber);
