using Xunit;

namespace GitOpsGateway.Testing;

/// <summary>Waits for a condition by polling it: the explicit wait that stands where a sleep would hide a race.</summary>
public static class Eventually
{
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(limit);
        using var poll = new PeriodicTimer(interval ?? TimeSpan.FromMilliseconds(25));
        try
        {
            do
            {
                if (await condition())
                {
                    return;
                }
            }
            while (await poll.WaitForNextTickAsync(deadline.Token));
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Waited {limit} for {what}.");
        }
    }
}
