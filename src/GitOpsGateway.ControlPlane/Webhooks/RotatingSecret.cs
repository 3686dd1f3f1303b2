namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>
/// One source's webhook secret as it changes while the control plane runs: the current one, and the one it replaced
/// until the overlap ends, so deliveries signed just before a rotation still pass.
/// </summary>
internal sealed record RotatingSecret(string Current, string? Previous, DateTimeOffset PreviousUntil)
{
    public IReadOnlyList<string> Accepted(DateTimeOffset now) =>
        Previous is not null && now < PreviousUntil ? [Current, Previous] : [Current];

    public RotatingSecret RotatedTo(string next, DateTimeOffset now, TimeSpan overlap) =>
        string.Equals(next, Current, StringComparison.Ordinal) ? this : new RotatingSecret(next, Current, now + overlap);
}
