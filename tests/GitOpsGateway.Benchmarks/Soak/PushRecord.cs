namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>One soak commit: its revision, when <c>git push</c> returned, and the webhook's answer or why it had none.</summary>
internal sealed record PushRecord(int Revision, TimeSpan PushedAt, string Webhook)
{
    public const string Accepted = "202";
}
