namespace GitOpsGateway.Testing;

/// <summary>
/// An append-only, thread-safe list whose readers can await the first item matching a condition,
/// including items that arrived before they started waiting.
/// </summary>
internal sealed class AwaitableLog<T>
{
    private readonly Lock gate = new();
    private readonly List<T> items = [];
    private readonly List<Waiter> waiters = [];
    private string? completionReason;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return items.Count;
            }
        }
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    public void Append(T item)
    {
        List<Waiter> satisfied = [];
        lock (gate)
        {
            if (completionReason is not null)
            {
                throw new InvalidOperationException($"The log is complete ({completionReason}).");
            }

            items.Add(item);
            satisfied.AddRange(waiters.Where(waiter => waiter.Condition(item)));
            waiters.RemoveAll(satisfied.Contains);
        }

        foreach (var waiter in satisfied)
        {
            waiter.Completion.TrySetResult(item);
        }
    }

    /// <summary>No item will ever arrive again: waiters that are still unsatisfied fail with the reason.</summary>
    public void Complete(string reason)
    {
        List<Waiter> abandoned;
        lock (gate)
        {
            completionReason ??= reason;
            abandoned = [.. waiters];
            waiters.Clear();
        }

        foreach (var waiter in abandoned)
        {
            waiter.Completion.TrySetException(new InvalidOperationException(reason));
        }
    }

    /// <exception cref="TimeoutException">No matching item arrived within the timeout.</exception>
    /// <exception cref="InvalidOperationException">The log was completed without a matching item.</exception>
    public async Task<T> WaitForAsync(Func<T, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var waiter = new Waiter(condition);
        lock (gate)
        {
            foreach (var item in items)
            {
                if (condition(item))
                {
                    return item;
                }
            }

            if (completionReason is not null)
            {
                throw new InvalidOperationException(completionReason);
            }

            waiters.Add(waiter);
        }

        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (gate)
            {
                waiters.Remove(waiter);
            }
        }
    }

    private sealed record Waiter(Func<T, bool> Condition)
    {
        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
