namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>
/// The body of a webhook response: which sources were asked to sync, which wait for the database to do so by
/// themselves, and why in words.
/// </summary>
public sealed record WebhookResult(IReadOnlyList<string> Triggered, string Message)
{
    public IReadOnlyList<string> Waiting { get; init; } = [];
}
