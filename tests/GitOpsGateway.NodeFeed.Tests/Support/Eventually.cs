namespace GitOpsGateway.NodeFeed.Tests.Support;

/// <summary>Waits for a condition that nothing signals (a status field, a listing over HTTP), checking it often.</summary>
internal static class Eventually
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(20);

    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The condition still did not hold; last value: {value}");
            }

            await Task.Delay(CheckInterval, TestContext.Current.CancellationToken);
        }
    }

    public static Task<T> HoldsAsync<T>(Func<T> probe, Func<T, bool> condition, TimeSpan? timeout = null) =>
        ReturnsAsync(() => Task.FromResult(probe()), condition, timeout);
}
