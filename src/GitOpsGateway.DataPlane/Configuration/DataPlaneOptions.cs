using System.Net;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.DataPlane.Configuration;

/// <summary>How one data-plane node runs. Only <see cref="Gateway"/> is required.</summary>
public sealed record DataPlaneOptions
{
    /// <summary>The Gateway whose route tables this node serves; a table for another Gateway is refused.</summary>
    public required NamespacedName Gateway { get; init; }

    /// <summary>Names this node in reports and logs.</summary>
    public string NodeId { get; init; } = Environment.MachineName;

    public PortMapping Ports { get; init; } = PortMapping.Identity;

    /// <summary>Where listeners bind: loopback by default (tests, development); <see cref="IPAddress.Any"/> in production.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>
    /// A directory laid out as Kubernetes mounts Secrets: <c>DIR/NAMESPACE/NAME/tls.crt</c> and <c>tls.key</c>
    /// (PEM). Null when certificates come from an injected <see cref="Tls.ISecretSource"/> only.
    /// </summary>
    public string? SecretDirectory { get; init; }

    /// <summary>How long a listener removed by a new table may finish its requests before it is closed hard.</summary>
    public TimeSpan ListenerDrainTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a UDP client address and port keeps its backend without a datagram either way; its next datagram
    /// after that may go to another backend (ADR 0009).
    /// </summary>
    public TimeSpan UdpSessionIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Sessions one UDP port keeps at once (each holds a socket to its backend); datagrams of further new clients are
    /// dropped until a session ends.
    /// </summary>
    public int UdpMaxSessionsPerPort { get; init; } = 10_000;

    /// <summary>Mirrored requests in flight at once; mirrors beyond this are dropped, never queued.</summary>
    public int MirrorConcurrency { get; init; } = 64;

    /// <summary>A mirrored request is abandoned after this long.</summary>
    public TimeSpan MirrorTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest request body copied to mirrors and kept for retries; larger bodies are neither.</summary>
    public int ReplayableBodyLimit { get; init; } = 64 * 1024;

    /// <summary>Retries when a rule's retry policy names codes but no attempt count.</summary>
    public int DefaultRetryAttempts { get; init; } = 1;

    /// <summary>The wait before the first retry when a rule's retry policy sets no backoff; it doubles per retry.</summary>
    public TimeSpan DefaultRetryBackoff { get; init; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// After a swap, once the previous table has drained and no other swap came for this long, one compacting full
    /// collection returns the memory the swap left behind (<c>Snapshots/HeapTrimmer</c>, ADR 0005). Zero disables it.
    /// </summary>
    public TimeSpan HeapTrimQuietPeriod { get; init; } = TimeSpan.FromSeconds(1);
}
