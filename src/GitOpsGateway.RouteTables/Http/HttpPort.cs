namespace GitOpsGateway.RouteTables.Http;

/// <summary>
/// The HTTP routing of one port: the HTTP or HTTPS listeners that share it. The node picks the listener whose
/// hostname matches the request most specifically (exact, then the longest wildcard, then a listener without
/// hostname); details such as TLS live on the <see cref="Listeners.Listener"/> of the same name.
/// </summary>
public sealed record HttpPort
{
    public required int Port { get; init; }

    /// <summary>A set keyed by listener name, kept in ordinal order.</summary>
    public EquatableArray<HttpListenerRoutes> Listeners
    {
        get;
        init => field = value.SortedByOrdinal(listener => listener.ListenerName);
    }
}
