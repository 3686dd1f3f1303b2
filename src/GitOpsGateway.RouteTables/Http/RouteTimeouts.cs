namespace GitOpsGateway.RouteTables.Http;

/// <summary>Null means no timeout configured; <see cref="TimeSpan.Zero"/> means the timeout is disabled.</summary>
public sealed record RouteTimeouts
{
    /// <summary>From the start of the client request to the end of the response.</summary>
    public TimeSpan? Request { get; init; }

    /// <summary>One attempt towards a backend (each retry gets its own).</summary>
    public TimeSpan? BackendRequest { get; init; }
}
