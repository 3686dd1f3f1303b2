namespace GitOpsGateway.Translation.Pipeline;

/// <summary>Why a condition is negative: the Gateway API reason and a message for people.</summary>
internal sealed record Problem(string Reason, string Message);
