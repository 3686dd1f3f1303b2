namespace GitOpsGateway.NodeFeed.Client;

/// <summary>
/// Exponential reconnect delays, capped, with "equal jitter": each delay lies between half and all of its capped
/// exponential value, so a fleet of nodes cut off together does not reconnect in lockstep.
/// </summary>
internal sealed class ReconnectBackoff
{
    private readonly TimeSpan initial;
    private readonly TimeSpan max;
    private readonly Random random;

    public ReconnectBackoff(TimeSpan initial, TimeSpan max, Random? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, initial);
        this.initial = initial;
        this.max = max;
        this.random = random ?? Random.Shared;
    }

    /// <param name="failures">Consecutive failures so far, 1 for the first.</param>
    public TimeSpan DelayFor(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);

        // Doubles saturate instead of wrapping, so the cap holds for any number of failures.
        var capped = Math.Min(initial.Ticks * Math.Pow(2, failures - 1), max.Ticks);
        return TimeSpan.FromTicks((long)((capped / 2) + (random.NextDouble() * capped / 2)));
    }
}
