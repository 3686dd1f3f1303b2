using Microsoft.Extensions.Primitives;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>Awaits a change token with a timeout, without leaving a callback registered afterwards.</summary>
internal static class ChangeTokenWaiter
{
    private static readonly TimeSpan PassivePollInterval = TimeSpan.FromSeconds(1);

    /// <returns>True when the token fired, false when the timeout passed first.</returns>
    public static async Task<bool> WaitAsync(IChangeToken token, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        while (!token.HasChanged)
        {
            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            var wait = token.ActiveChangeCallbacks ? remaining : TimeSpan.FromTicks(Math.Min(remaining.Ticks, PassivePollInterval.Ticks));
            var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = token.ActiveChangeCallbacks
                ? token.RegisterChangeCallback(static state => ((TaskCompletionSource)state!).TrySetResult(), fired)
                : null;
            try
            {
                await fired.Task.WaitAsync(wait, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Loop: either the token changed meanwhile or the deadline has passed.
            }
        }

        return true;
    }
}
