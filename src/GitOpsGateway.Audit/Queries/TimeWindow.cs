namespace GitOpsGateway.Audit.Queries;

/// <summary>
/// A filter on when a change was recorded (ingested), <see cref="Since"/> included, <see cref="Until"/> excluded.
/// Recording time rather than Git's author time: it follows the order changes took effect, and Git dates can be
/// anything.
/// </summary>
public sealed record TimeWindow(DateTimeOffset? Since = null, DateTimeOffset? Until = null)
{
    public static TimeWindow All { get; } = new();
}
