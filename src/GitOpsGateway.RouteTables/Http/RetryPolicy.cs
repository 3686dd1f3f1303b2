namespace GitOpsGateway.RouteTables.Http;

public sealed record RetryPolicy
{
    /// <summary>HTTP status codes that cause a retry, a set: kept in ascending order.</summary>
    public EquatableArray<int> Codes
    {
        get;
        init => field = value.SortedBy(Comparer<int>.Default);
    }

    /// <summary>The maximum number of retries; null lets the node use its default.</summary>
    public int? Attempts { get; init; }

    /// <summary>The minimum wait between attempts.</summary>
    public TimeSpan? Backoff { get; init; }
}
