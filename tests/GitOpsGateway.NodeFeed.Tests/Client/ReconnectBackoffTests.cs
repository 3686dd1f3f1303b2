using GitOpsGateway.NodeFeed.Client;

namespace GitOpsGateway.NodeFeed.Tests.Client;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void delays_double_up_to_the_cap_and_jitter_only_shortens_them_by_half_at_most()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(3), new Random(7));

        for (var failures = 1; failures <= 64; failures++)
        {
            var ceiling = TimeSpan.FromMilliseconds(Math.Min(100 * Math.Pow(2, failures - 1), 3000));
            Assert.InRange(backoff.DelayFor(failures), ceiling / 2, ceiling);
        }

        Assert.InRange(backoff.DelayFor(int.MaxValue), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void nodes_failing_together_do_not_retry_in_lockstep()
    {
        var delays = Enumerable.Range(0, 20)
            .Select(seed => new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(seed)).DelayFor(5))
            .ToHashSet();

        Assert.True(delays.Count > 15, $"{delays.Count} distinct delays of 20");
    }
}
