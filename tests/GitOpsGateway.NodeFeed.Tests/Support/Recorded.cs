namespace GitOpsGateway.NodeFeed.Tests.Support;

/// <summary>A thread-safe list whose readers await the first item matching a condition, past or future.</summary>
internal sealed class Recorded<T>
{
    private readonly Lock gate = new();
    private readonly List<T> items = [];
    private readonly List<(Func<T, bool> Condition, TaskCompletionSource<T> Completion)> waiters = [];

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    public void Add(T item)
    {
        List<TaskCompletionSource<T>> satisfied;
        lock (gate)
        {
            items.Add(item);
            satisfied = [.. waiters.Where(waiter => waiter.Condition(item)).Select(waiter => waiter.Completion)];
            waiters.RemoveAll(waiter => satisfied.Contains(waiter.Completion));
        }

        satisfied.ForEach(completion => completion.TrySetResult(item));
    }

    public Task<T> WaitForAsync(Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            var existing = items.FindIndex(item => condition(item));
            if (existing >= 0)
            {
                return Task.FromResult(items[existing]);
            }

            waiters.Add((condition, completion));
        }

        return completion.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
