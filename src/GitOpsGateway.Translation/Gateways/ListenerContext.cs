using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Translation.Pipeline;
using Listener = GitOpsGateway.GatewayApi.Gateways.Listener;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>One listener of a Gateway of ours: its verdicts per condition and, later, the routes attached to it.</summary>
internal sealed class ListenerContext(GatewayContext gateway, int index, Listener spec)
{
    public GatewayContext Gateway { get; } = gateway;

    public int Index { get; } = index;

    public Listener Spec { get; } = spec;

    public string Name => Spec.Name;

    public IReadOnlyList<RouteGroupKind> SupportedKinds { get; set; } = [];

    /// <summary>Reasons for Accepted=False.</summary>
    public List<Problem> AcceptedProblems { get; } = [];

    /// <summary>Reasons for Conflicted=True (which also make Accepted False).</summary>
    public List<Problem> Conflicts { get; } = [];

    /// <summary>Reasons for ResolvedRefs=False.</summary>
    public List<Problem> RefProblems { get; } = [];

    /// <summary>Reasons for OverlappingTLSConfig=True (informational).</summary>
    public List<Problem> TlsOverlaps { get; } = [];

    /// <summary>The certificates, once every reference resolved; empty for listeners that do not terminate TLS.</summary>
    public IReadOnlyList<CertificateReference> Certificates { get; set; } = [];

    /// <summary>Routes whose parent entry for this Gateway is Accepted and that attach to this listener.</summary>
    public SortedSet<ResourceKey> AttachedRoutes { get; } = [];

    public bool TerminatesTls =>
        Spec.Protocol == ListenerProtocols.Https
        || (Spec.Protocol == ListenerProtocols.Tls && Spec.Tls?.Mode == TlsModes.Terminate);

    public bool IsAccepted => AcceptedProblems.Count == 0 && Conflicts.Count == 0;

    /// <summary>Routes may attach: the listener and its Gateway are accepted.</summary>
    public bool IsUsable => IsAccepted && Gateway.IsAccepted;

    /// <summary>The certificate references failed (missing, refused, malformed), so TLS cannot be served.</summary>
    public bool HasCertificateProblem =>
        RefProblems.Any(problem => problem.Reason is ConditionReasons.InvalidCertificateRef or ConditionReasons.RefNotPermitted);

    /// <summary>In the route table: usable and able to serve (route kinds that are refused do not stop it).</summary>
    public bool IsProgrammed => IsUsable && !HasCertificateProblem;

    public bool Supports(ResourceKind kind) =>
        SupportedKinds.Any(supported =>
            string.Equals(supported.Group, ApiGroups.GatewayNetworking, StringComparison.Ordinal)
            && string.Equals(supported.Kind, ResourceKinds.Name(kind), StringComparison.Ordinal));

    public ListenerProtocol IrProtocol => Spec.Protocol switch
    {
        ListenerProtocols.Http => ListenerProtocol.HTTP,
        ListenerProtocols.Https => ListenerProtocol.HTTPS,
        ListenerProtocols.Tls => ListenerProtocol.TLS,
        ListenerProtocols.Tcp => ListenerProtocol.TCP,
        ListenerProtocols.Udp => ListenerProtocol.UDP,
        _ => throw new InvalidOperationException($"Listener {Name} has the unsupported protocol {Spec.Protocol}."),
    };
}
