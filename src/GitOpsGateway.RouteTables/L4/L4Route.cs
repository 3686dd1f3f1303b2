using GitOpsGateway.RouteTables.Backends;

namespace GitOpsGateway.RouteTables.L4;

/// <summary>
/// A TLSRoute (passed through or terminated, chosen by SNI), TCPRoute or UDPRoute rule on one listener: the listener's protocol
/// says which. The compiler guarantees one route per (listener, SNI hostname) for TLS and one per listener for
/// TCP and UDP, so the node builds a plain dictionary.
/// </summary>
public sealed record L4Route
{
    public required string ListenerName { get; init; }

    public required RuleProvenance Provenance { get; init; }

    /// <summary>SNI names (exact or wildcard) for TLS passthrough, a set kept in ordinal order; empty for TCP and UDP.</summary>
    public EquatableArray<string> Hostnames
    {
        get;
        init => field = value.SortedByOrdinal(hostname => hostname);
    }

    /// <summary>Connections are split by weight; the share of an invalid backend is refused.</summary>
    public EquatableArray<Backend> Backends { get; init; }
}
